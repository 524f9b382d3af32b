using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Areas;

/// <summary>An improvement area (forbedringsområde) as readers see it: aim, status, ideas, drivers, scores.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ImprovementAreaView")]
public sealed record ImprovementAreaView(
    [property: Id(0)] string Id,
    [property: Id(1)] string NetworkId,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] string Title,
    [property: Id(4)] IReadOnlyList<string> MeasureIds,
    [property: Id(5)] int Version,
    [property: Id(6)] string? FocusAreaId,
    [property: Id(7)] string? Problem,
    [property: Id(8)] AimStatement Aim,
    [property: Id(9)] AreaStatus Status,
    [property: Id(10)] IReadOnlyList<AreaStatusChange> StatusHistory,
    [property: Id(11)] IReadOnlyList<ChangeIdea> ChangeIdeas,
    [property: Id(12)] IReadOnlyList<DriverNode> DriverDiagram,
    [property: Id(13)] IReadOnlyList<ProgressRating> Ratings,
    [property: Id(14)] IReadOnlyList<Milestone> Milestones,
    [property: Id(15)] IReadOnlyList<string> CycleIds,
    [property: Id(16)] string? TemplateId,
    [property: Id(17)] Stamp Created,
    [property: Id(18)] Stamp Updated);
