using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Measures;

[GenerateSerializer, Immutable, Alias("Forbedring.MeasureView")]
public sealed record MeasureView(
    [property: Id(0)] string Id,
    [property: Id(1)] string AreaId,
    [property: Id(2)] MeasureDefinition Definition,
    [property: Id(3)] string? TemplateMeasureId,
    [property: Id(4)] int Version,
    [property: Id(5)] Stamp Created,
    [property: Id(6)] ChartSettings Settings);

/// <summary>
/// How the series is cut for the chart, by period key so that a point logged late does not shift
/// them: the baseline ends with <see cref="BaselineEnd"/>; each phase starts a new part.
/// The chart type and rule set live in the <see cref="MeasureDefinition"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ChartSettings")]
public sealed record ChartSettings(
    [property: Id(0)] string? BaselineEnd,
    [property: Id(1)] IReadOnlyList<PhaseSplit> Phases)
{
    public static readonly ChartSettings None = new(null, []);
}

/// <summary>A new part of the chart from <see cref="StartsAt"/> on (e.g. after a change was adopted).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PhaseSplit")]
public sealed record PhaseSplit(
    [property: Id(0)] string StartsAt,
    [property: Id(1)] string? Label);
