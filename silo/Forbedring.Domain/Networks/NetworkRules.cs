using Forbedring.Abstractions.Networks;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Networks;

public static class NetworkRules
{
    public const int DefaultStalledAfterWeeks = 6;
    public const int MaxFocusAreas = 30;

    public static Check Validate(NetworkInput input)
    {
        var check = new Check()
            .Required("name", input.Name)
            .Optional("theme", input.Theme, Check.NameMax)
            .Optional("description", input.Description, Check.LongTextMax)
            .Ordered("endDate", input.EndDate, "startDate", input.StartDate)
            .MaxCount("focusAreas", input.FocusAreas, MaxFocusAreas);
        if (input.StalledAfterWeeks is { } weeks && weeks is < 1 or > 52)
            check.Add(Errors.OutOfRange("stalledAfterWeeks", 1, 52));
        var focusAreas = input.FocusAreas ?? [];
        for (var i = 0; i < focusAreas.Count; i++)
        {
            check.Required($"focusAreas[{i}].name", focusAreas[i].Name)
                .Optional($"focusAreas[{i}].goals", focusAreas[i].Goals, Check.ShortTextMax);
        }
        return check;
    }

    /// <summary>Keeps the ids of focus areas the input names, and gives new ones ids.</summary>
    public static IReadOnlyList<FocusArea> FocusAreas(IReadOnlyList<FocusAreaInput>? input, IReadOnlyList<FocusArea> existing) =>
        (input ?? []).Select(f => new FocusArea(
            f.Id is { } id && existing.Any(e => e.Id == id) ? id : Ids.New("focus"),
            f.Name.Trim(),
            string.IsNullOrWhiteSpace(f.Goals) ? null : f.Goals.Trim())).ToList();
}
