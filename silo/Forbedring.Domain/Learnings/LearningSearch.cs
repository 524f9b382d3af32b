using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Forbedring.Abstractions.Learnings;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Learnings;

/// <summary>
/// How a search finds learnings: the words are looked for in the text and the tags as they are, ignoring case and
/// accents (é, è, ü, ç …), but æ, ø and å stay letters of their own as Norwegians read them: «for» does not find «før».
/// Every given tag must be among the learning's tags.
/// </summary>
public static partial class LearningSearch
{
    public const int TextMax = 200;

    /// <summary>Lower case without accents; æ, ø and å (and Æ, Ø, Å) kept.</summary>
    public static string Fold(string value)
    {
        // Composed first, so an «å» typed as a + ring is still one letter.
        var lower = value.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is 'æ' or 'ø' or 'å')
            {
                folded.Append(c);
                continue;
            }
            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    folded.Append(part);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether a learning's text and tags answer the query's text and tags.</summary>
    public static bool Matches(string text, IReadOnlyList<string> tags, string? query, IReadOnlyList<string>? wantedTags)
    {
        var have = tags.Select(Fold).ToHashSet();
        if ((wantedTags ?? []).Any(t => !string.IsNullOrWhiteSpace(t) && !have.Contains(Fold(Collapse(t)))))
            return false;
        if (string.IsNullOrWhiteSpace(query))
            return true;
        var wanted = Fold(Collapse(query));
        return Fold(text).Contains(wanted, StringComparison.Ordinal) || have.Any(t => t.Contains(wanted, StringComparison.Ordinal));
    }

    /// <summary>The problems with a query, field by field (empty when it may run).</summary>
    public static Check Validate(LearningQuery query)
    {
        var check = new Check()
            .Optional("text", query.Text, TextMax)
            .MaxCount("tags", query.Tags, LearningRules.MaxTags)
            .Ordered("to", query.To, "from", query.From);
        if (query.Take is < 1 or > ILearningSearchGrain.MaxTake)
            check.Add(Errors.OutOfRange("take", 1, ILearningSearchGrain.MaxTake));
        if (query.After is { } after && !IsCursor(after))
            check.Add(Errors.Invalid("after", "«after» er ikke en markør fra et tidligere søk.", "'after' is not a cursor from an earlier search."));
        return check;
    }

    /// <summary>A cursor is the key of a page's last learning: inverted ticks, a dash, and the learning's id.</summary>
    public static bool IsCursor(string value) => Cursor().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{19}-[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex Cursor();

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
