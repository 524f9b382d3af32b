using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;

namespace Forbedring.Grains.Measures;

/// <summary>
/// The small part of a measure: its definition and chart settings. The points, their history and
/// annotations grow without bound and live as rows of their own (<see cref="PointStore"/>).
/// </summary>
public sealed class MeasureState
{
    public bool Exists { get; set; }
    public string AreaId { get; set; } = "";
    public MeasureDefinition? Definition { get; set; }
    public string? TemplateMeasureId { get; set; }
    public int Version { get; set; }
    public Stamp? Created { get; set; }
    public string? BaselineEnd { get; set; }
    public List<PhaseSplit> Phases { get; set; } = [];

    /// <summary>Excluded points by period; few in practice (each needs a reason), capped by the grain.</summary>
    public Dictionary<string, PointExclusion> Exclusions { get; set; } = [];
}
