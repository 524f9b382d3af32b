namespace Forbedring.Abstractions.Learnings;

/// <summary>
/// Searches the learnings of one network (key = its id), or of every network (key <see cref="AllNetworks"/>, for
/// administrators). Reads the rows afresh every time; keeps nothing.
/// </summary>
[Alias("Forbedring.ILearningSearchGrain")]
public interface ILearningSearchGrain : IGrainWithStringKey
{
    /// <summary>Network ids always start with <c>network_</c>, so this never meets one.</summary>
    public const string AllNetworks = "installation";

    /// <summary>The longest page a search returns.</summary>
    public const int MaxTake = 100;

    /// <summary>
    /// A page of the learnings that match, newest first; deleted ones are left out. A cursor this search did not hand
    /// out, or a take outside 1..<see cref="MaxTake"/>, throws <see cref="ArgumentException"/> (check with Domain's
    /// LearningSearch first).
    /// </summary>
    [Alias("Search")] Task<LearningPage> Search(LearningQuery query);
}
