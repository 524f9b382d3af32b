using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;

namespace Forbedring.Grains.Templates;

public sealed class AreaTemplateState
{
    public bool Exists { get; set; }
    public string? NetworkId { get; set; }
    public string Title { get; set; } = "";
    public string? Problem { get; set; }
    public AimStatement Aim { get; set; } = new(null, null, null, null);
    public List<MeasureDefinition> Measures { get; set; } = [];
    public List<string> AreaIds { get; set; } = [];
    public int Version { get; set; }
    public Stamp? Created { get; set; }
}
