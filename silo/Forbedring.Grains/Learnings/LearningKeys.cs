using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Learnings;

/// <summary>
/// The keys of the learning rows in a network's partition. A learning's RowKey is
/// <c>&lt;inverted ticks of its creation, 19 digits&gt;-&lt;its id&gt;</c>: a partition reads back newest first, the
/// id keeps two of the same tick apart, and the key of a page's last learning is the cursor for the next. Earlier
/// wordings are <c>h|&lt;id&gt;|&lt;version, 6 digits&gt;</c>, after every learning (digits sort before «h»).
/// </summary>
internal static class LearningKeys
{
    /// <summary>Every learning's RowKey is below this; history rows are above it.</summary>
    public const string LearningsEnd = ":";

    public static string Row(DateTimeOffset created, string learningId) => $"{TableKeys.NewestFirst(created)}-{learningId}";

    public static string History(string learningId, int version) => $"{HistoryPrefix(learningId)}{version:D6}";

    public static string HistoryPrefix(string learningId) => $"h|{learningId}|";

    /// <summary>
    /// A key between the learnings of two moments: those created at or after <paramref name="at"/> sort before it, those
    /// created before it sort after (the 19 digits are followed by «-» in a RowKey, and «-» sorts before «.»).
    /// </summary>
    public static string Boundary(DateTimeOffset at) => TableKeys.NewestFirst(at) + ".";
}
