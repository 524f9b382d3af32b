using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Measures;

namespace Forbedring.Domain.Tests.Measures;

public sealed class PointRulesTests
{
    private static IEnumerable<string> Codes(MeasureDefinition definition, PointInput input) =>
        PointRules.Validate(definition, input).Errors.Select(e => e.Code);

    [Fact]
    public void A_good_proportion_resolves_its_period()
    {
        var (period, errors) = PointRules.Validate(Defs.Of(DataKind.Proportion), Defs.Ratio("2024-03", 7, 10));
        Assert.Empty(errors);
        Assert.Equal("2024-03", period);
    }

    [Fact]
    public void A_date_is_turned_into_its_period()
    {
        var (period, errors) = PointRules.Validate(Defs.Of(DataKind.Count, Frequency.Week), new PointInput(null, new DateOnly(2024, 3, 15), 3, null, null, null));
        Assert.Empty(errors);
        Assert.Equal("2024-W11", period);
    }

    [Fact]
    public void A_date_outside_the_given_period_is_refused() =>
        Assert.Contains("INVALID", Codes(Defs.Of(DataKind.Count), new PointInput("2024-04", new DateOnly(2024, 3, 15), 3, null, null, null)));

    [Fact]
    public void Numerator_above_denominator_is_refused_for_a_proportion()
    {
        var errors = PointRules.Validate(Defs.Of(DataKind.Proportion), Defs.Ratio("2024-03", 11, 10)).Errors;
        var error = Assert.Single(errors);
        Assert.Equal("NUMERATOR_ABOVE_DENOMINATOR", error.Code);
        Assert.Equal("numerator", error.Field);
        Assert.Contains("11", error.MessageNb);
    }

    [Fact]
    public void A_rate_may_have_more_events_than_units_of_exposure() =>
        Assert.Empty(Codes(Defs.Of(DataKind.Rate), Defs.Ratio("2024-03", 12, 2.5)));

    [Fact]
    public void A_rate_needs_positive_exposure() =>
        Assert.Contains("NOT_POSITIVE", Codes(Defs.Of(DataKind.Rate), Defs.Ratio("2024-03", 1, 0)));

    [Theory]
    [InlineData(DataKind.Count, -1, "NEGATIVE")]
    [InlineData(DataKind.Count, 2.5, "NOT_WHOLE")]
    [InlineData(DataKind.Count, double.NaN, "NOT_A_NUMBER")]
    [InlineData(DataKind.Measurement, double.PositiveInfinity, "NOT_A_NUMBER")]
    [InlineData(DataKind.CasesBetweenEvents, 1.5, "NOT_WHOLE")]
    [InlineData(DataKind.TimeBetweenEvents, 0, "NOT_POSITIVE")]
    [InlineData(DataKind.TimeBetweenEvents, double.NegativeInfinity, "NOT_A_NUMBER")]
    public void Values_that_cannot_be_are_refused(DataKind kind, double value, string code) =>
        Assert.Contains(code, Codes(Defs.Of(kind), Defs.Value("2024-03", value)));

    [Theory]
    [InlineData(-2.5)]
    [InlineData(0)]
    [InlineData(37.2)]
    public void A_measurement_may_be_any_finite_number(double value) =>
        Assert.Empty(Codes(Defs.Of(DataKind.Measurement), Defs.Value("2024-03", value)));

    [Theory]
    [InlineData(-1, 10, "numerator", "NEGATIVE")]
    [InlineData(1.5, 10, "numerator", "NOT_WHOLE")]
    [InlineData(1, double.NaN, "denominator", "NOT_A_NUMBER")]
    [InlineData(1, 10.5, "denominator", "NOT_WHOLE")]
    public void Proportion_parts_must_be_whole_counts(double numerator, double denominator, string field, string code)
    {
        var errors = PointRules.Validate(Defs.Of(DataKind.Proportion), Defs.Ratio("2024-03", numerator, denominator)).Errors;
        Assert.Contains(errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public void The_wrong_shape_of_point_names_what_to_give_instead()
    {
        var proportion = PointRules.Validate(Defs.Of(DataKind.Proportion), Defs.Value("2024-03", 3)).Errors;
        Assert.Contains(proportion, e => e.Field == "value" && e.Code == "NOT_USED");
        Assert.Contains(proportion, e => e.Field == "numerator" && e.Code == "REQUIRED");
        var count = PointRules.Validate(Defs.Of(DataKind.Count), Defs.Ratio("2024-03", 1, 2)).Errors;
        Assert.Contains(count, e => e.Field == "value" && e.Code == "REQUIRED");
        Assert.Contains(count, e => e.Field == "denominator" && e.Code == "NOT_USED");
    }

    [Fact]
    public void A_malformed_or_missing_period_is_named_with_the_row_prefix()
    {
        var bad = PointRules.Validate(Defs.Of(DataKind.Count), Defs.Value("2024-13", 1), "points[3].").Errors;
        Assert.Equal("points[3].period", Assert.Single(bad).Field);
        Assert.Equal("BAD_PERIOD", bad[0].Code);
        Assert.Contains("åååå-MM", bad[0].MessageNb);
        var missing = PointRules.Validate(Defs.Of(DataKind.Count), new PointInput(null, null, 1, null, null, null)).Errors;
        Assert.Equal("REQUIRED", Assert.Single(missing).Code);
    }

    [Fact]
    public void A_long_note_is_refused()
    {
        var errors = PointRules.Validate(Defs.Of(DataKind.Count), Defs.Value("2024-03", 1, new string('x', PointRules.NoteMax + 1))).Errors;
        Assert.Equal("TOO_LONG", Assert.Single(errors).Code);
    }

    [Fact]
    public void A_tally_adds_one_observation_to_the_period()
    {
        var current = new MeasurePoint("2024-03", null, 3, 5, null, new Stamp(DateTimeOffset.UnixEpoch, "p", "P"), null, [], []);
        Assert.Equal((null, 4, 6), PointRules.Tally(DataKind.Proportion, current, done: true)!.Value);
        Assert.Equal((null, 3, 6), PointRules.Tally(DataKind.Proportion, current, done: false)!.Value);
        Assert.Equal((null, 0, 1), PointRules.Tally(DataKind.Proportion, null, done: false)!.Value);
        Assert.Equal((1, null, null), PointRules.Tally(DataKind.Count, null, done: true)!.Value);
        Assert.Null(PointRules.Tally(DataKind.Measurement, null, done: true));
    }
}
