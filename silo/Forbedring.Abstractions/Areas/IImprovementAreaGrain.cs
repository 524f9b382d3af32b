using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Areas;

/// <summary>One improvement area (forbedringsområde) of a service in a network, keyed by its id.</summary>
[Alias("Forbedring.IImprovementAreaGrain")]
public interface IImprovementAreaGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<ImprovementAreaView?> Get();

    /// <summary>Called by a measure grain when a measure is created in this area.</summary>
    [Alias("LinkMeasure")] Task<Result<ImprovementAreaView>> LinkMeasure(string measureId);

    /// <summary>Creates the area; <paramref name="templateId"/> names the area template it started from.</summary>
    [Alias("Create")] Task<Result<ImprovementAreaView>> Create(NewAreaInput input, string? templateId, Actor actor);

    /// <summary>Edits title, problem, aim and focus area; refused when someone else saved since <paramref name="expectedVersion"/>.</summary>
    [Alias("Update")] Task<Result<ImprovementAreaView>> Update(AreaDetailsInput input, int expectedVersion, Actor actor);

    /// <summary>Moves the status by the rules in Domain/Areas/AreaStatusRules; dated (today unless given) and by whom.</summary>
    [Alias("ChangeStatus")] Task<Result<ImprovementAreaView>> ChangeStatus(AreaStatus status, DateOnly? date, string? note, int? expectedVersion, Actor actor);

    [Alias("RateProgress")] Task<Result<ImprovementAreaView>> RateProgress(Rater rater, double score, string? comment, DateOnly? date, Actor actor);

    /// <summary>Replaces the whole driver diagram.</summary>
    [Alias("SetDriverDiagram")] Task<Result<ImprovementAreaView>> SetDriverDiagram(IReadOnlyList<DriverNodeInput> nodes, int expectedVersion, Actor actor);

    [Alias("AddChangeIdea")] Task<Result<ImprovementAreaView>> AddChangeIdea(ChangeIdeaInput input, Actor actor);
    [Alias("UpdateChangeIdea")] Task<Result<ImprovementAreaView>> UpdateChangeIdea(string changeIdeaId, ChangeIdeaInput input, int expectedVersion, Actor actor);
    [Alias("AddMilestone")] Task<Result<ImprovementAreaView>> AddMilestone(MilestoneInput input, Actor actor);

    /// <summary>Called by a PDSA cycle grain when a cycle is started in this area.</summary>
    [Alias("LinkCycle")] Task<Result<ImprovementAreaView>> LinkCycle(string cycleId);
}
