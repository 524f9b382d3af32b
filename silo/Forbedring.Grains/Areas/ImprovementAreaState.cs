using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;

namespace Forbedring.Grains.Areas;

public sealed class ImprovementAreaState
{
    public bool Exists { get; set; }
    public string NetworkId { get; set; } = "";
    public string ServiceId { get; set; } = "";
    public string? FocusAreaId { get; set; }
    public string Title { get; set; } = "";
    public string? Problem { get; set; }
    public AimStatement Aim { get; set; } = new(null, null, null, null);
    public AreaStatus Status { get; set; }
    public List<AreaStatusChange> StatusHistory { get; set; } = [];
    public List<ChangeIdea> ChangeIdeas { get; set; } = [];
    public List<DriverNode> DriverDiagram { get; set; } = [];
    public List<ProgressRating> Ratings { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<string> MeasureIds { get; set; } = [];
    public List<string> CycleIds { get; set; } = [];
    public string? TemplateId { get; set; }
    public int Version { get; set; }
    public Stamp? Created { get; set; }
    public Stamp? Updated { get; set; }
}
