using System.Text.RegularExpressions;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Audit;

/// <summary>
/// An event's RowKey: <c>&lt;inverted ticks, 19 digits&gt;-&lt;suffix, 4 digits&gt;</c>. The inverted time puts
/// the newest first; the suffix keeps events of the same tick apart. It counts down from
/// <see cref="MaxSuffix"/>, so a later event of the same tick also sorts before an earlier one.
/// The RowKey of a page's last event is the cursor for the next page.
/// </summary>
internal static partial class AuditKeys
{
    public const int MaxSuffix = 9999;

    public static string Row(DateTimeOffset at, int suffix) => $"{TableKeys.NewestFirst(at)}-{suffix:D4}";

    /// <summary>
    /// Cursors come back from clients, so only our own shape is accepted; it goes into the query
    /// filter escaped all the same.
    /// </summary>
    public static bool IsCursor(string value) => Shape().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{19}-[0-9]{4}\z")]
    private static partial Regex Shape();
}
