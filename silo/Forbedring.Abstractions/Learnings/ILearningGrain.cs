using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Learnings;

/// <summary>
/// One learning, keyed by its id. The learning itself is a table row in its network's partition (learnings grow
/// without bound); the grain keeps edits of one learning in order and checks them against the row's version.
/// </summary>
[Alias("Forbedring.ILearningGrain")]
public interface ILearningGrain : IGrainWithStringKey
{
    /// <summary>The learning, also when deleted (then marked so); null when there is none.</summary>
    [Alias("Get")] Task<LearningView?> Get();

    [Alias("Add")] Task<Result<LearningView>> Add(LearningInput input, Actor actor);

    /// <summary>
    /// A learning from a PDSA cycle: its network and service are the cycle's, its text the Study's «what we learned»
    /// unless <paramref name="text"/> is given.
    /// </summary>
    [Alias("AddFromCycle")] Task<Result<LearningView>> AddFromCycle(string cycleId, string? text, IReadOnlyList<string>? tags, Actor actor);

    /// <summary>Rewords it; the earlier wording is kept in its history.</summary>
    [Alias("Update")] Task<Result<LearningView>> Update(string text, IReadOnlyList<string>? tags, int expectedVersion, Actor actor);

    /// <summary>Marks it deleted: it leaves the searches, and stays with its history.</summary>
    [Alias("Delete")] Task<Result<LearningView>> Delete(int expectedVersion, Actor actor);

    /// <summary>Earlier wordings, newest first.</summary>
    [Alias("History")] Task<IReadOnlyList<LearningRevision>> History();
}
