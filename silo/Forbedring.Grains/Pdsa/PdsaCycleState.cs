using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Pdsa;

namespace Forbedring.Grains.Pdsa;

public sealed class PdsaCycleState
{
    public bool Exists { get; set; }
    public string AreaId { get; set; } = "";
    public string ChangeIdeaId { get; set; } = "";
    public string? PreviousCycleId { get; set; }
    public PdsaPlan Plan { get; set; } = new("", null, null, null, null, null, null, null);
    public PdsaDo Do { get; set; } = PdsaRules.NoDo;
    public PdsaStudy Study { get; set; } = PdsaRules.NoStudy;
    public PdsaAct Act { get; set; } = PdsaRules.NoAct;
    public List<string> MeasureIds { get; set; } = [];
    public int Version { get; set; }
    public Stamp? Created { get; set; }
    public Stamp? Updated { get; set; }
}
