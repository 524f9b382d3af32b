using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Learnings;

/// <summary>
/// A learning is short (a lesson others can take with them, not a report), with a few tags that are compared
/// without regard to case, spacing or accents, so «Pårørende» and « pårørende » are one tag.
/// </summary>
public static class LearningRules
{
    public const int TextMax = Check.ShortTextMax;
    public const int MaxTags = 10;
    public const int TagMax = 40;

    public static Check Validate(string? text, IReadOnlyList<string>? tags)
    {
        var check = new Check().Required("text", text, TextMax).MaxCount("tags", tags, MaxTags);
        var list = tags ?? [];
        for (var i = 0; i < list.Count && i < MaxTags; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
                check.Add(Errors.Required($"tags[{i}]"));
            else
                check.MaxLength($"tags[{i}]", list[i].Trim(), TagMax);
        }
        return check;
    }

    public static Check ValidateSource(LearningSource? source)
    {
        var check = new Check();
        if (source is null)
            check.Add(Errors.Required("source"));
        else if (string.IsNullOrWhiteSpace(source.Id))
            check.Add(Errors.Required("source.id"));
        return check;
    }

    /// <summary>Tags as stored: trimmed, inner spaces collapsed, lower case; the first spelling of a tag wins.</summary>
    public static IReadOnlyList<string> NormaliseTags(IReadOnlyList<string>? tags) =>
        (tags ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .DistinctBy(LearningSearch.Fold)
            .ToList();

    /// <summary>What a cycle offers as its learning: the Study's «what we learned», when written.</summary>
    public static string? FromStudy(PdsaStudy study) =>
        string.IsNullOrWhiteSpace(study.Learned) ? null : study.Learned.Trim();
}
