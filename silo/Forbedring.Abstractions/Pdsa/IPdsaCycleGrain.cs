using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Pdsa;

/// <summary>One PDSA cycle, keyed by its id: a grain of its own so an area's state stays small.</summary>
[Alias("Forbedring.IPdsaCycleGrain")]
public interface IPdsaCycleGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<PdsaCycleView?> Get();
    [Alias("Start")] Task<Result<PdsaCycleView>> Start(NewPdsaInput input, Actor actor);
    [Alias("Update")] Task<Result<PdsaCycleView>> Update(PdsaChanges changes, int expectedVersion, Actor actor);

    /// <summary>Starts this cycle as the next in a ramp: the objective, change idea and measures are copied from the previous one.</summary>
    [Alias("ContinueFrom")] Task<Result<PdsaCycleView>> ContinueFrom(string previousCycleId, string? changeIdeaId, Actor actor);
}
