using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class InputValidationTests
{
    [Fact]
    public void Negative_count_is_an_error_naming_the_observation()
    {
        var e = Assert.Single(Errors(Spec(ChartType.C, 1, -2, 3)));
        Assert.Equal(("NEGATIVE_COUNT", "observations[1].y"), (e.Code, e.Field));
        Assert.Contains("Observation 2 (x = '2')", e.MessageEn);
        Assert.Contains("Observasjon 2", e.MessageNb);
    }

    [Fact]
    public void Numerator_above_a_positive_denominator_is_an_error_for_proportions()
    {
        var e = Assert.Single(Errors(new SeriesSpec(ChartType.P, Ratios((2, 10), (11, 10)))));
        Assert.Equal("NUMERATOR_EXCEEDS_DENOMINATOR", e.Code);
    }

    [Fact]
    public void Negative_denominator_is_an_error()
    {
        Assert.Equal("NEGATIVE_DENOMINATOR", Assert.Single(Errors(new SeriesSpec(ChartType.U, Ratios((2, 10), (1, -1))))).Code);
    }

    [Fact]
    public void Proportion_chart_without_denominators_is_an_error()
    {
        Assert.Equal("DENOMINATOR_REQUIRED", Assert.Single(Errors(Spec(ChartType.P, 1, 2))).Code);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_input_is_an_error(double bad)
    {
        Assert.Equal("NON_FINITE_VALUE", Assert.Single(Errors(Spec(ChartType.I, 1, bad))).Code);
        Assert.Equal("NON_FINITE_VALUE", Assert.Single(Errors(new SeriesSpec(ChartType.U, Ratios((1, bad))))).Code);
    }

    [Theory]
    [InlineData(XKind.Index, "1.5")]
    [InlineData(XKind.Index, "abc")]
    [InlineData(XKind.Date, "2024-13-01")]
    [InlineData(XKind.Date, "2024-02-30")]
    [InlineData(XKind.Date, "01.02.2024")]
    public void Unparseable_x_is_an_error(XKind kind, string x)
    {
        var e = Assert.Single(Errors(new SeriesSpec(ChartType.I, [new(kind == XKind.Date ? "2024-01-01" : "1", 1), new(x, 2)]) { XKind = kind }));
        Assert.Equal(("INVALID_X", "observations[1].x"), (e.Code, e.Field));
        Assert.Contains(x, e.MessageEn);
    }

    [Fact]
    public void More_than_100000_observations_is_an_error()
    {
        var rows = Enumerable.Range(0, 100_001).Select(i => new Observation(i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1)).ToArray();
        Assert.Equal("TOO_MANY_OBSERVATIONS", Assert.Single(Errors(new SeriesSpec(ChartType.I, rows))).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Multiply_must_be_finite_and_positive(double multiply)
    {
        Assert.Equal("INVALID_MULTIPLY", Assert.Single(Errors(Spec(ChartType.I, 1, 2) with { Multiply = multiply })).Code);
    }

    [Fact]
    public void A_freeze_below_one_is_an_error()
    {
        Assert.Equal("FREEZE_OUT_OF_RANGE", Assert.Single(Errors(Spec(ChartType.I, 1, 2, 3) with { Freeze = 0 })).Code);
    }

    [Fact]
    public void A_freeze_beyond_the_series_makes_every_point_baseline_with_a_warning()
    {
        // As the reference: baseline = position <= freeze, so freeze 4 of 3 points covers all of them.
        var outcome = SeriesAnalyzer.Analyze(Spec(ChartType.I, 1, 2, 3) with { Freeze = 4 });

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Analysis.Points, p => Assert.True(p.Baseline));
        Assert.Contains(outcome.Analysis.WarningDetails, w => w.Code == "FREEZE_BEYOND_SERIES");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void An_exclusion_outside_the_series_is_ignored_with_a_warning(int position)
    {
        var outcome = SeriesAnalyzer.Analyze(Spec(ChartType.I, 1, 2, 3) with { Exclude = [position] });

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Analysis.Points, p => Assert.True(p.Included));
        Assert.Contains(outcome.Analysis.WarningDetails, w => w.Code == "EXCLUDE_OUT_OF_RANGE");
    }

    [Fact]
    public void Row_errors_are_capped_with_a_summary()
    {
        var errors = Errors(Spec(ChartType.C, [.. Enumerable.Repeat((double?)-1, 50)]));
        Assert.Equal(21, errors.Count);
        Assert.Equal("MORE_ERRORS", errors[^1].Code);
    }
}

public class DataPreparationTests
{
    [Fact]
    public void Rows_sharing_x_are_one_subgroup_in_ascending_numeric_order()
    {
        // x 10, 2, 2, 1: subgroups 1 (5), 2 (mean of 3 and 5 = 4), 10 (7); "10" sorts after "2" numerically.
        Observation[] rows = [new("10", 7), new("2", 3), new("2", 5), new("1", 5)];
        var a = Analyze(new SeriesSpec(ChartType.I, rows));
        Assert.Equal(["1", "2", "10"], a.Points.Select(p => p.X));
        Near(4, a.Points[1].Y);
        Assert.Null(a.Points[1].N);
    }

    [Fact]
    public void Dates_sort_chronologically()
    {
        Observation[] rows = [new("2024-02-01", 2), new("2023-12-31", 1), new("2024-01-15", 3)];
        var a = Analyze(new SeriesSpec(ChartType.Run, rows) { XKind = XKind.Date });
        Assert.Equal(["2023-12-31", "2024-01-15", "2024-02-01"], a.Points.Select(p => p.X));
    }

    [Fact]
    public void Categories_sort_alphabetically_like_R_in_an_english_locale()
    {
        // Case-insensitive first, lower case before upper case, å with a (ICU root collation).
        Observation[] rows = [new("b", 1), new("B", 2), new("A", 3), new("a", 4), new("Z", 5), new("10", 6), new("9", 7)];
        var a = Analyze(new SeriesSpec(ChartType.Run, rows) { XKind = XKind.Category });
        Assert.Equal(["10", "9", "a", "A", "b", "B", "Z"], a.Points.Select(p => p.X));
    }

    [Fact]
    public void Denominator_subgroups_divide_the_sums_and_keep_n_zero_for_all_missing()
    {
        // x 1: (2,10) + (3,10) → 5/20; x 2: (NA,5) → pair missing → n 0, y null.
        Observation[] rows = [new("1", 2, 10), new("1", 3, 10), new("2", null, 5), new("3", 1, 4)];
        var a = Analyze(new SeriesSpec(ChartType.Run, rows));
        Near(0.25, a.Points[0].Y);
        Assert.Equal(20, a.Points[0].N);
        Assert.Null(a.Points[1].Y);
        Assert.Equal(0, a.Points[1].N);
    }

    [Fact]
    public void C_chart_of_several_all_missing_rows_sums_to_zero_but_a_lone_missing_row_stays_missing()
    {
        Observation[] rows = [new("1", null), new("1", null), new("2", null), new("3", 4)];
        var a = Analyze(new SeriesSpec(ChartType.C, rows));
        Near(0, a.Points[0].Y);
        Assert.Null(a.Points[1].Y);
    }
}

public class VerdictTests
{
    [Fact]
    public void Common_cause_verdict_names_the_rule_set_in_both_languages()
    {
        double?[] ys = [.. Enumerable.Range(0, 20).Select(i => (double?)(i / 2 % 2 == 0 ? 10 + (i % 3) : 14 - (i % 3)))];
        var a = Analyze(Spec(ChartType.I, ys));
        Assert.Equal(VariationKind.Common, a.Verdict.Variation);
        Assert.Contains("Anhøj", a.Verdict.MessageNb);
        Assert.Contains("Anhøj rules", a.Verdict.MessageEn);
        Assert.False(a.Verdict.TrialLimits);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, VariationKind.Improvement)]
    [InlineData(ImprovementDirection.Down, VariationKind.Concern)]
    [InlineData(ImprovementDirection.Neutral, VariationKind.Neutral)]
    public void A_shift_upwards_is_improvement_or_concern_by_the_better_direction(ImprovementDirection direction, VariationKind expected)
    {
        // 10 points around 10 then 10 points around 20 in one part: long run above (last part) and sigma signals up.
        double?[] ys = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 20, 21, 19, 20, 21, 19, 20, 21, 19, 20];
        var a = Analyze(Spec(ChartType.I, ys) with { Direction = direction, Freeze = 10 });
        Assert.Equal(expected, a.Verdict.Variation);
    }

    [Fact]
    public void Assurance_uses_the_last_points_limits_for_any_chart_with_limits()
    {
        // C chart 2 4 6: limits 0 .. 10. Target 12 with "down is better" → always below the target → pass.
        var a = Analyze(Spec(ChartType.C, 2, 4, 6) with { Target = 12, Direction = ImprovementDirection.Down });
        Assert.Equal("consistent_pass", a.Assurance);
        Assert.Equal(AssuranceKind.Pass, a.Verdict.Assurance);
        Assert.Contains("reliably met", a.Verdict.MessageEn);

        // Run charts have no limits, so no assurance.
        Assert.Null(Analyze(Spec(ChartType.Run, 2, 4, 6) with { Target = 12, Direction = ImprovementDirection.Down }).Assurance);
    }

    [Fact]
    public void IHI_verdict_names_the_IHI_rules()
    {
        var a = Analyze(Spec(ChartType.Run, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) with { RuleSet = RuleSet.Ihi, Direction = ImprovementDirection.Up });
        Assert.Equal(VariationKind.Improvement, a.Verdict.Variation);
        Assert.Contains("IHI", a.Verdict.MessageNb);
        Assert.Equal(RuleSet.Ihi, a.Verdict.RuleSet);
    }
}

public class ChartSuggestionTests
{
    [Theory]
    [InlineData(DataKind.Proportion, 20, ChartType.P)]
    [InlineData(DataKind.Count, 20, ChartType.C)]
    [InlineData(DataKind.Rate, 20, ChartType.U)]
    [InlineData(DataKind.Measurement, 20, ChartType.I)]
    [InlineData(DataKind.Proportion, 11, ChartType.Run)]
    public void Suggests_a_chart_from_the_data_kind_and_the_number_of_points(DataKind kind, int points, ChartType expected)
    {
        var s = ChartSuggestion.Suggest(kind, points);
        Assert.Equal(expected, s.Chart);
        Assert.NotEmpty(s.ReasonNb);
        Assert.NotEmpty(s.ReasonEn);
    }
}
