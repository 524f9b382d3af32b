using System.Numerics;
using Forbedring.Statistics.Rules;
using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

/// <summary>
/// Sentences of STATISTICS.md that no other test pinned (found by the sentence-by-sentence audit);
/// each test names its sentence and shows the hand arithmetic.
/// </summary>
public class DataPreparationSentenceTests
{
    [Fact]
    public void Rows_before_the_first_denominator_are_missing_pairs_with_n_zero()
    {
        // "when n is given, any row whose y or n is missing has both set to missing" and "n is 0 (not null)".
        // Row 1 has y = 5 but no n → pair missing: y null, n 0. Rows 2, 3: 2/10 = 0.2, 3/10 = 0.3; median 0.25.
        Observation[] rows = [new("1", 5), new("2", 2, 10), new("3", 3, 10)];
        var a = Analyze(new SeriesSpec(ChartType.Run, rows));
        Assert.Null(a.Points[0].Y);
        Assert.Equal(0, a.Points[0].N);
        Near(0.25, a.Points[0].CenterLine);
    }

    [Fact]
    public void A_half_missing_row_in_a_subgroup_adds_to_neither_sum()
    {
        // x 1: (2, 10) and (3, NA) → the second row is a missing pair: y = 2/10 = 0.2, n = 10 (not 3/10 or 5/10).
        Observation[] rows = [new("1", 2, 10), new("1", 3), new("2", 4, 20)];
        var a = Analyze(new SeriesSpec(ChartType.Run, rows));
        Near(0.2, a.Points[0].Y);
        Assert.Equal(10, a.Points[0].N);
    }

    [Fact]
    public void The_zero_sum_of_several_all_missing_rows_counts_in_the_c_chart_centre_line()
    {
        // y.sum: x 1 = NA + NA with 2 rows → 0; x 2 = a lone NA → NA; x 3 = 4. cl = mean(0, 4) = 2;
        // ucl = 2 + 3·√2 = 6.2426407.
        Observation[] rows = [new("1", null), new("1", null), new("2", null), new("3", 4)];
        var a = Analyze(new SeriesSpec(ChartType.C, rows));
        Near(2, a.Points[0].CenterLine);
        Near(6.2426407, a.Points[0].UpperLimit);
    }

    [Fact]
    public void Exclusions_count_points_after_aggregation_not_rows()
    {
        // Rows x 1 (1, 3), 2 (10), 3 (3), 4 (4), 5 (6) → points 2 10 3 4 6. Exclude 2 leaves out the point
        // x = 2 (10), not the second row. Base 2 3 4 6: mean 3.75; MRs 1 1 2, AMR 4/3;
        // ucl = 3.75 + 3·(4/3)/1.128 = 3.75 + 3.5460993 = 7.2960993.
        Observation[] rows = [new("1", 1), new("1", 3), new("2", 10), new("3", 3), new("4", 4), new("5", 6)];
        var a = Analyze(new SeriesSpec(ChartType.I, rows) { Exclude = [2] });
        Assert.Equal([true, false, true, true, true], a.Points.Select(p => p.Included));
        Near(3.75, a.Points[0].CenterLine);
        Near(7.2960993, a.Points[0].UpperLimit);
    }

    [Fact]
    public void Positions_count_across_the_whole_series_not_within_a_part()
    {
        // Parts [3]: part 2 holds points 4 5 6. Exclude 5 is the whole-series position 5 (y = 100), so part 2's
        // base is 10 and 12: cl 11, one MR of 2, ucl = 11 + 3·2/1.128 = 16.3191489.
        var a = Analyze(Spec(ChartType.I, 1, 2, 3, 10, 100, 12) with { Parts = [3], Exclude = [5] });
        Assert.False(a.Points[4].Included);
        Near(11, a.Points[3].CenterLine);
        Near(16.3191489, a.Points[3].UpperLimit);
    }
}

public class ChartFormulaSentenceTests
{
    [Fact]
    public void MR_chart_centre_line_uses_only_the_ranges_at_baseline_positions()
    {
        // y = 1 3 2 6 4, freeze 3: ranges at positions 2..5 are 2 1 4 2; base positions 2, 3 → cl = 1.5;
        // ucl = 3.267·1.5 = 4.9005. Runs over every included point: ranges 2 1 4 2 against 1.5 → + − + +:
        // useful 4, crossings 2, longest 2; runs.signal is forced off for MR.
        var a = Analyze(Spec(ChartType.MR, 1, 3, 2, 6, 4) with { Freeze = 3 });
        Near(1.5, a.Points[0].CenterLine);
        Near(4.9005, a.Points[4].UpperLimit);
        Assert.Equal((5, 4, 2, 2), (a.Parts[0].Observations, a.Parts[0].UsefulObservations, a.Parts[0].Crossings, a.Parts[0].LongestRun));
    }

    // y/n: 10/100 11/100 10/100 11/100 10/100 11/100 10/100 50/100.
    private static readonly (double? Y, double? N)[] EqualDenominators =
        [(10, 100), (11, 100), (10, 100), (11, 100), (10, 100), (11, 100), (10, 100), (50, 100)];

    [Fact]
    public void PP_and_UP_with_equal_denominators_reduce_to_the_screened_I_chart_of_the_ratios()
    {
        // With every n_i = 100, σ_i is one constant σ, z_i = (p_i − cl)/σ, AMR(z) = AMR(p)/σ and so
        // σ_i·σ_z = AMR(p)/1.128: the I-chart limits of p. cl = 123/800 = 0.15375.
        // MRs of p: six of 0.01 and one of 0.40; AMR 0.46/7 = 0.0657143; screening (< 3.267·AMR = 0.2146886)
        // drops 0.40, AMR = 0.01. ucl = 0.15375 + 3·0.01/1.128 = 0.1803457; lcl = 0.1271543.
        var pp = Analyze(new SeriesSpec(ChartType.PP, Ratios(EqualDenominators)));
        var up = Analyze(new SeriesSpec(ChartType.UP, Ratios(EqualDenominators)));
        foreach (var a in new[] { pp, up })
        {
            Near(0.15375, a.Points[0].CenterLine);
            Near(0.1803457, a.Points[0].UpperLimit);
            Near(0.1271543, a.Points[0].LowerLimit);
            Assert.True(a.Points[7].SigmaSignal);
        }

        // Unscreened: σ_i·σ_z = 0.0657143/1.128 = 0.0582573; ucl = 0.15375 + 0.1747720 = 0.3285220,
        // and the lower limit 0.15375 − 0.1747720 < 0 is clipped to 0 (both charts).
        var raw = Analyze(new SeriesSpec(ChartType.PP, Ratios(EqualDenominators)) { ScreenMovingRanges = false });
        Near(0.3285220, raw.Points[0].UpperLimit);
        Near(0, raw.Points[0].LowerLimit);
    }

    [Fact]
    public void Categorical_sigma_z_is_missing_when_any_base_z_is_missing()
    {
        // Point c has n = 0: y = 0/0 → NaN, so z_c is NaN. Categorical x: σ_z = sd(z) with a NaN → NaN,
        // so every limit of the part is null. Time-ordered x: the NaN only drops the two ranges touching it.
        (string X, double Y, double N)[] rows = [("a", 10, 100), ("b", 15, 120), ("c", 0, 0), ("d", 20, 130), ("e", 18, 100)];
        foreach (var chart in new[] { ChartType.PP, ChartType.UP })
        {
            var categorical = Analyze(new SeriesSpec(chart, [.. rows.Select(r => new Observation(r.X, r.Y, r.N))]) { XKind = XKind.Category });
            Assert.All(categorical.Points, p => Assert.Null(p.UpperLimit));

            var ordered = Analyze(new SeriesSpec(chart, [.. rows.Select((r, i) => new Observation($"{i + 1}", r.Y, r.N))]));
            Assert.NotNull(ordered.Points[0].UpperLimit);
        }
    }

    [Fact]
    public void U_chart_upper_limits_are_never_clipped()
    {
        // 9/10 three times: cl 0.9, σ = sqrt(0.9/10) = 0.3; ucl = 1.8 and ucl.95 = 1.5 (not clipped to 1, unlike p);
        // lcl = 0.9 − 0.9 → 0. With multiply 100: 180 and 150.
        var a = Analyze(new SeriesSpec(ChartType.U, Ratios((9, 10), (9, 10), (9, 10))) { Multiply = 100 });
        Near(180, a.Points[0].UpperLimit);
        Near(150, a.Points[0].UpperLimit95);
        Near(0, a.Points[0].LowerLimit);
        Near(90, a.Points[0].CenterLine);
    }

    [Fact]
    public void P_chart_clips_the_2_sigma_limits_too()
    {
        // "lcl.95, ucl.95: 2-sigma limits, same rules". 9/10 three times: cl 0.9, σ = 0.0948683;
        // ucl.95 = 0.9 + 0.1897367 = 1.0897367 → 1. (2/10) three times: lcl.95 = 0.2 − 2·0.1264911 < 0 → 0.
        Near(1, Analyze(new SeriesSpec(ChartType.P, Ratios((9, 10), (9, 10), (9, 10)))).Points[0].UpperLimit95);
        Near(0, Analyze(new SeriesSpec(ChartType.P, Ratios((2, 10), (2, 10), (2, 10)))).Points[0].LowerLimit95);
    }
}

public class RunsSentenceTests
{
    [Fact]
    public void Crossings_min_is_the_exact_binomial_5_percent_quantile_for_every_n_up_to_1500()
    {
        // n.crossings.min = the smallest k with P(Bin(n − 1, ½) ≤ k) ≥ 0.05, i.e. 20·Σ_{j≤k} C(n−1, j) ≥ 2^(n−1),
        // checked in exact integer arithmetic against both the summing path (≤ 1000 trials) and the large-n path.
        for (var trials = 1; trials <= 1500; trials++)
        {
            var total = BigInteger.One << trials;
            var binomial = BigInteger.One; // C(trials, 0)
            var cumulative = BigInteger.One;
            var k = 0;
            while (20 * cumulative < total)
            {
                binomial = binomial * (trials - k) / (k + 1);
                k++;
                cumulative += binomial;
            }

            Assert.True(k == AnhoejRuns.CrossingsMin(trials + 1), $"n.useful = {trials + 1}: exact {k}, engine {AnhoejRuns.CrossingsMin(trials + 1)}");
        }
    }

    [Fact]
    public void Runs_after_a_freeze_use_the_frozen_centre_line_and_every_included_point()
    {
        // Run chart 1 2 3 | 4 5 6 7 8 9, freeze 3: cl = median(1, 2, 3) = 2. Signs − 0 + + + + + + +: the 2 is
        // on the line and dropped; useful 8, runs 2, longest 7; max = round(log2 8) + 3 = 6 → 7 > 6 signals.
        var r = Analyze(Spec(ChartType.Run, 1, 2, 3, 4, 5, 6, 7, 8, 9) with { Freeze = 3 }).Parts[0];
        Assert.Equal((9, 8, 7, 6, 1), (r.Observations, r.UsefulObservations, r.LongestRun, r.LongestRunMax, r.Crossings));
        Assert.True(r.RunsSignal);
    }

    [Fact]
    public void Runs_use_the_s_charts_own_y_and_centre_line()
    {
        // s chart of {1,2,3} {2,4,6} {3,6,9}: y = SDs 1, 2, 3 (exact); cl = mean = 2. Signs − 0 + → useful 2, 1 crossing.
        Observation[] rows = [new("1", 1), new("1", 2), new("1", 3), new("2", 2), new("2", 4), new("2", 6), new("3", 3), new("3", 6), new("3", 9)];
        var r = Analyze(new SeriesSpec(ChartType.S, rows)).Parts[0];
        Assert.Equal((3, 2, 1), (r.Observations, r.UsefulObservations, r.Crossings));
    }
}

public class NhsSentenceTests
{
    // NhsRulesTests.Nhs: baseline 10 12 10 12 10 12 10 12 (freeze 8), mean 11, AMR 2; limits 5.68 / 16.32; close beyond 7.4533 / 14.5467.
    private static SeriesAnalysis Nhs(ImprovementDirection direction, params double?[] after) => NhsRulesTests.Nhs(direction, after);

    [Fact]
    public void A_trend_points_direction_comes_from_the_next_step_when_the_next_point_is_in_a_trend()
    {
        // After the baseline: 8 9 10 11 12 13 14 13 12 11 10 9 8 (positions 9..21). 8→14 rises in 6 steps
        // (positions 9..15) and 14→8 falls in 6 steps (15..21); the peak 14 is in both.
        // Position 9: its next point is in a trend, step +1 → Increasing (though the step into it, 12→8, falls).
        // Position 15 (the peak): next point in a trend, step −1 → Decreasing. Position 21: no next point → the
        // step from the previous, −1. Direction up: Increasing = improvement, Decreasing = concern.
        var a = Nhs(ImprovementDirection.Up, 8, 9, 10, 11, 12, 13, 14, 13, 12, 11, 10, 9, 8);
        Assert.All(a.Points.Skip(8).Take(6), p => Assert.Equal("special_cause_improvement", p.PointType));
        Assert.All(a.Points.Skip(14), p => Assert.Equal("special_cause_concern", p.PointType));
        Assert.All(a.Points.Take(8), p => Assert.Equal("common_cause", p.PointType));
    }

    [Fact]
    public void Close_to_limits_is_strict()
    {
        // A point exactly on mean + (2/3·2.66)·AMR is not "close"; two of them and a third above the mean are
        // then common cause. Just beyond it, they are 2 of 3 close on the same side.
        var band = 11 + (2 * (2.66 / 3) * 2);
        var on = Nhs(ImprovementDirection.Up, band, band, 12);
        Assert.Equal("common_cause", on.Points[8].PointType);
        var beyond = Nhs(ImprovementDirection.Up, band + 0.01, band + 0.01, 12);
        Assert.Equal("special_cause_improvement", beyond.Points[8].PointType);
        Assert.Equal("common_cause", beyond.Points[10].PointType); // 12 is not close itself
    }

    [Fact]
    public void Two_of_three_at_the_start_of_the_series_uses_the_one_window_that_fits()
    {
        // 16 16 13 10 12 10 12 10 12 10 (no freeze): mean 121/10 = 12.1; MRs 0 3 3 2 2 2 2 2 2, AMR 2;
        // upl = 12.1 + 5.32 = 17.42; close beyond 12.1 + 3.5466667 = 15.6466667. Window 1..3 = 16 16 13:
        // 2 close, all above → positions 1 and 2 are special cause; 13 is not close → common cause.
        var a = Analyze(Spec(ChartType.I, 16, 16, 13, 10, 12, 10, 12, 10, 12, 10) with { RuleSet = RuleSet.Nhs, Direction = ImprovementDirection.Down });
        Near(17.42, a.Points[0].UpperLimit);
        Assert.Equal(["special_cause_concern", "special_cause_concern", "common_cause"], a.Points.Take(3).Select(p => p.PointType));
    }

    [Fact]
    public void Windows_do_not_reach_across_a_rebase()
    {
        // Part 1: 10 12 10 12 10 12 10 12 16 16: mean 120/10 = 12; MRs seven 2s, 4, 0 → AMR 18/9 = 2;
        // close beyond 15.5466667, limit 17.32: both 16s are close, but the only window holding both in part 1
        // (12 16 16) has the 12 on the mean, so they are common cause. Part 2 starts with 16 again: a window
        // across the split (16 16 | 16) would flag them.
        var a = Analyze(Spec(ChartType.I, 10, 12, 10, 12, 10, 12, 10, 12, 16, 16, 16, 10, 12, 10, 12, 10) with { RuleSet = RuleSet.Nhs, Parts = [10] });
        Near(12, a.Points[0].CenterLine);
        Assert.Equal("common_cause", a.Points[8].PointType);
        Assert.Equal("common_cause", a.Points[9].PointType);
    }

    [Fact]
    public void Assurance_with_null_limits_is_inconsistent()
    {
        // 5 5 5 5: every MR is 0 and screening removes them all, so the limits are null → "inconsistent".
        var a = Analyze(Spec(ChartType.I, 5, 5, 5, 5) with { RuleSet = RuleSet.Nhs, Direction = ImprovementDirection.Up, Target = 10 });
        Assert.Null(a.Points[3].UpperLimit);
        Assert.Equal("inconsistent", a.Assurance);
    }

    [Fact]
    public void Assurance_uses_the_last_point_of_the_whole_series_and_its_parts_limits()
    {
        // Part 1: 1 2 3 (mean 2, limits 2 ± 2.66); part 2: 20 21 22 (mean 21, limits 18.34 .. 23.66).
        // Target 10 with "up is better": below part 2's lower limit → consistent_pass (part 1 would say fail).
        var a = Analyze(Spec(ChartType.I, 1, 2, 3, 20, 21, 22) with { RuleSet = RuleSet.Nhs, Parts = [3], Direction = ImprovementDirection.Up, Target = 10 });
        Assert.Equal("consistent_pass", a.Assurance);
    }
}

/// <summary>Published input → output examples of the reference packages, at the precision they were printed.</summary>
public class PublishedExampleTests
{
    // R: set.seed(123); rnorm(20) — the y of NHSRplotthedots' tests/testthat/test-ptd_spc.R (x = 2020-01-02 … 2020-01-21).
    // tests/testthat/_snaps/ptd_spc_standard.md prints them to 3 significant digits (−0.560, −0.230, 1.56, …, −0.473);
    // these are the same draws to 8 decimals.
    private static readonly double?[] Rnorm20 =
    [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197,
        1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ];

    private static Observation[] Dated() =>
        [.. Rnorm20.Select((y, i) => new Observation(new DateOnly(2020, 1, 2).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), y))];

    private static void Printed(double printed, double? actual, double halfUnit) =>
        Assert.True(actual is { } a && Math.Abs(a - printed) <= halfUnit, $"printed {printed}, got {actual}");

    [Fact]
    public void NHSRplotthedots_summary_of_20_normal_draws()
    {
        // tests/testthat/_snaps/ptd_spc.md: mean_col 0.142, lpl −3.01, upl 3.29, 20 common cause, none special.
        var a = Analyze(new SeriesSpec(ChartType.I, Dated()) { XKind = XKind.Date, RuleSet = RuleSet.Nhs, Direction = ImprovementDirection.Up });
        Printed(0.142, a.Points[0].CenterLine, 0.0005);
        Printed(-3.01, a.Points[0].LowerLimit, 0.005);
        Printed(3.29, a.Points[0].UpperLimit, 0.005);
        Assert.All(a.Points, p => Assert.Equal("common_cause", p.PointType));
        Assert.Equal("common_cause", a.Variation);
    }

    [Fact]
    public void NHSRplotthedots_summary_of_20_normal_draws_in_two_groups_of_10()
    {
        // Same snapshot, facet = rep(c(0, 1), each = 10), here as two parts: 0.0746 / −2.60 / 2.75 and 0.209 / −3.28 / 3.70.
        var a = Analyze(new SeriesSpec(ChartType.I, Dated()) { XKind = XKind.Date, RuleSet = RuleSet.Nhs, Direction = ImprovementDirection.Up, Parts = [10] });
        Printed(0.0746, a.Points[0].CenterLine, 0.00005);
        Printed(-2.60, a.Points[0].LowerLimit, 0.005);
        Printed(2.75, a.Points[0].UpperLimit, 0.005);
        Printed(0.209, a.Points[10].CenterLine, 0.0005);
        Printed(-3.28, a.Points[10].LowerLimit, 0.005);
        Printed(3.70, a.Points[10].UpperLimit, 0.005);
        Assert.Equal(2, a.NhsGroups!.Count);
        Assert.All(a.NhsGroups, g => Assert.Equal((10, "common_cause"), (g.CommonCause, g.VariationType)));
    }
}

public class TwoSigmaSentenceTests
{
    [Fact]
    public void Xbar_and_s_2_sigma_limits_use_2_in_place_of_3()
    {
        // {1,2,3} {2,3,4} {3,4,5}: cl 3, s̄ 1, c4(3) = 0.8862269. xbar: ucl.95 = 3 + 2/(0.8862269·√3) = 3 + 1.3029400
        // = 4.3029400; lcl.95 = 1.6970600. s: c5/c4 = 0.5227232; ucl.95 = 1 + 2·0.5227232 = 2.0454464;
        // lcl.95 = max(0, 1 − 1.0454464) = 0.
        var rows = Subgroups([1, 2, 3], [2, 3, 4], [3, 4, 5]);
        var xbar = Analyze(new SeriesSpec(ChartType.Xbar, rows)).Points[0];
        Near(4.3029400, xbar.UpperLimit95);
        Near(1.6970600, xbar.LowerLimit95);
        var s = Analyze(new SeriesSpec(ChartType.S, rows)).Points[0];
        Near(2.0454464, s.UpperLimit95);
        Near(0, s.LowerLimit95);
    }

    [Fact]
    public void G_chart_negative_2_sigma_lower_limit_becomes_zero()
    {
        // y = 1 2 3 10: m = 4, sqrt(4·5) = 4.4721360; lcl.95 = 4 − 8.9442719 < 0 → 0.
        Near(0, Analyze(Spec(ChartType.G, 1, 2, 3, 10)).Points[0].LowerLimit95);
    }

    [Fact]
    public void NHS_neutral_direction_names_high_and_low_special_causes()
    {
        // NhsRulesTests.Nhs baseline (limits 5.68 / 16.32), then 20: above the upper limit → special_cause_neutral_high;
        // with a neutral direction there is no assurance even with a target.
        var a = NhsRulesTests.Nhs(ImprovementDirection.Neutral, 20);
        Assert.Equal("special_cause_neutral_high", a.Points[8].PointType);
        Assert.Equal("special_cause_neutral_high", a.Variation);
        Assert.Null(Analyze(Spec(ChartType.I, 10, 12, 10, 12, 10, 12, 10, 12, 20) with { RuleSet = RuleSet.Nhs, Freeze = 8, Target = 30 }).Assurance);
    }
}

/// <summary>
/// Means and sums as the reference computes them: R's sum() and mean() add in extended precision (and mean()
/// corrects in a second pass), so they return the correctly rounded result where plain double addition
/// can be an ulp off — and an ulp decides whether a point is on the centre line.
/// </summary>
public class AccurateMeanTests
{
    [Fact]
    public void A_constant_decimal_series_lies_on_its_centre_line()
    {
        // 0.1 three times: in doubles 0.1 + 0.1 + 0.1 = 0.30000000000000004 and /3 = 0.10000000000000002, but the
        // mean of three equal values is that value (R: 0.1). So every point is on cl: n.useful = 0, run statistics
        // null; unscreened, lcl = cl = ucl = 0.1 and no point is below lcl.
        var a = Analyze(Spec(ChartType.I, 0.1, 0.1, 0.1) with { ScreenMovingRanges = false });
        Assert.Equal(0.1, a.Points[0].CenterLine);
        Assert.Equal(0, a.Parts[0].UsefulObservations);
        Assert.Null(a.Parts[0].LongestRun);
        Assert.All(a.Points, p => Assert.False(p.SigmaSignal));

        // Twelve 0.1s: with an ulp-low line all 12 would be one run (> 7) and signal; on the line nothing signals.
        var b = Analyze(Spec(ChartType.I, [.. Enumerable.Repeat((double?)0.1, 12)]));
        Assert.False(b.Parts[0].RunsSignal);
    }

    [Fact]
    public void The_mean_is_the_correctly_rounded_mean()
    {
        // 0.1 0.2 0.3: the exact mean of these three doubles rounds to 0.2 (plain double arithmetic gives
        // 0.20000000000000004), so point 2 is on the line: useful 2, one crossing.
        var a = Analyze(Spec(ChartType.I, 0.1, 0.2, 0.3));
        Assert.Equal(0.2, a.Points[0].CenterLine);
        Assert.Equal((3, 2, 1), (a.Parts[0].Observations, a.Parts[0].UsefulObservations, a.Parts[0].Crossings));

        // The same within a subgroup: x 1 = {0.1, 0.2, 0.3} has y = 0.2, equal to cl = mean(0.2, 0.1, 0.3) = 0.2.
        Observation[] rows = [new("1", 0.1), new("1", 0.2), new("1", 0.3), new("2", 0.1), new("3", 0.3)];
        var b = Analyze(new SeriesSpec(ChartType.I, rows));
        Assert.Equal(0.2, b.Points[0].Y);
        Assert.Equal(2, b.Parts[0].UsefulObservations);
    }

    [Fact]
    public void A_constant_t_chart_of_six_points_lies_on_its_centre_line()
    {
        // Six 2s: t = 2^(1/3.6); six t added in doubles and divided by 6 is not t, but the mean of six equal
        // values is t, so cl = t^3.6 = every plotted y (see the T-chart tests): n.useful = 0.
        Assert.Equal(0, Analyze(Spec(ChartType.T, 2, 2, 2, 2, 2, 2)).Parts[0].UsefulObservations);
    }

    [Fact]
    public void NHS_constant_decimal_series_is_common_cause()
    {
        // Seven 0.1s: every point is on the mean (relative_to_mean 0), so there is no run of 7 on one side.
        var a = Analyze(Spec(ChartType.I, [.. Enumerable.Repeat((double?)0.1, 7)]) with { RuleSet = RuleSet.Nhs, Direction = ImprovementDirection.Up });
        Assert.All(a.Points, p => Assert.Equal("common_cause", p.PointType));
    }

    [Fact]
    public void Xbar_centre_line_sums_products_rounded_as_the_reference_does()
    {
        // {0.1, 0.2, 0.3} three times: each subgroup mean is 0.2 (correctly rounded). R's cl is
        // sum(len·mean)/sum(len): each product 3·0.2 is rounded to 0.6000000000000001 first, their exact sum
        // 1.8000000000000003 is a double, and /9 rounds to 0.20000000000000004, just above 0.2. So the three
        // means are useful points below the line, not on it.
        Observation[] rows = [.. Enumerable.Range(1, 3).SelectMany(i => new[] { 0.1, 0.2, 0.3 }.Select(v => new Observation($"{i}", v)))];
        var a = Analyze(new SeriesSpec(ChartType.Xbar, rows));
        Assert.Equal(0.2, a.Points[0].YMean);
        Assert.Equal(0.20000000000000004, a.Points[0].CenterLine);
        Assert.Equal(3, a.Parts[0].UsefulObservations);
    }
}
