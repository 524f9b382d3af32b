using Forbedring.Abstractions.Networks;
using Forbedring.Domain.Networks;

namespace Forbedring.Domain.Tests.Networks;

public sealed class NetworkRulesTests
{
    [Fact]
    public void A_named_network_with_ordered_dates_is_valid()
    {
        var check = NetworkRules.Validate(new NetworkInput("Nettverk", "Gode overganger", null, new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), null, null));
        Assert.False(check.Failed);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_field()
    {
        var check = NetworkRules.Validate(new NetworkInput(" ", null, null, new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1),
            [new FocusAreaInput(null, "", null)], 0));

        Assert.Equal(
            ["endDate", "focusAreas[0].name", "name", "stalledAfterWeeks"],
            check.Errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Focus_areas_keep_known_ids_and_new_ones_get_fresh_ids()
    {
        var existing = new[] { new FocusArea("focus_1", "Gammel", null) };
        var result = NetworkRules.FocusAreas([new FocusAreaInput("focus_1", " Gammel ", null), new FocusAreaInput("focus_unknown", "Ny", "Mål")], existing);

        Assert.Equal("focus_1", result[0].Id);
        Assert.Equal("Gammel", result[0].Name);
        Assert.NotEqual("focus_unknown", result[1].Id);
        Assert.StartsWith("focus_", result[1].Id);
    }
}
