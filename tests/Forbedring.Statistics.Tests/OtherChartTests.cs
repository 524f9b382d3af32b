using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class RunAndMovingRangeChartTests
{
    [Fact]
    public void Run_chart_centre_line_is_the_median_and_it_has_no_limits()
    {
        // Sorted 1 2 3 4 → median (2 + 3)/2 = 2.5.
        var a = Analyze(Spec(ChartType.Run, 4, 1, 3, 2));
        Assert.All(a.Points, p =>
        {
            Near(2.5, p.CenterLine);
            Assert.Null(p.UpperLimit);
            Assert.Null(p.LowerLimit95);
            Assert.False(p.SigmaSignal);
        });
    }

    [Fact]
    public void MR_chart_plots_moving_ranges_with_D4_limits_and_never_signals_runs()
    {
        // y = 1 3 2 6 4: plotted 1st null, then 2 1 4 2; cl = 9/4 = 2.25; ucl = 3.267·2.25 = 7.35075; ucl.95 = 2.178·2.25 = 4.9005.
        var a = Analyze(Spec(ChartType.MR, 1, 3, 2, 6, 4));
        Assert.Null(a.Points[0].Y);
        Near(4, a.Points[3].Y);
        Near(2.25, a.Points[0].CenterLine);
        Near(7.35075, a.Points[0].UpperLimit);
        Near(4.9005, a.Points[0].UpperLimit95);
        Near(0, a.Points[0].LowerLimit);
        Near(0, a.Points[0].LowerLimit95);
    }

    [Fact]
    public void MR_chart_first_point_of_each_part_is_null_and_runs_signal_is_forced_off()
    {
        // 24 rising points make every MR 1 except one; plenty of long runs, but MR charts never signal runs.
        double?[] ys = [.. Enumerable.Range(0, 24).Select(i => (double?)(i < 12 ? i * 2 : 100 + i))];
        var a = Analyze(Spec(ChartType.MR, ys) with { Parts = [12] });
        Assert.Null(a.Points[0].Y);
        Assert.Null(a.Points[12].Y);
        Assert.All(a.Parts, r => Assert.False(r.RunsSignal));
    }

    [Fact]
    public void MR_chart_leaves_out_the_range_ending_at_an_excluded_point_but_keeps_the_one_starting_there()
    {
        // y = 1 3 2 6 4, exclude 3: ranges at positions 2..5 are 2 1 4 2; the one at 3 (ending at the excluded point) goes.
        // cl = (2 + 4 + 2)/3 = 2.6666667.
        var a = Analyze(Spec(ChartType.MR, 1, 3, 2, 6, 4) with { Exclude = [3] });
        Near(2.6666667, a.Points[0].CenterLine);
    }
}

public class ProportionChartTests
{
    [Fact]
    public void P_chart_pools_numerators_and_denominators_and_gives_zero_denominators_null_values()
    {
        // (2/10) (3/10) (1/0) (4/20): cl = (2+3+1+4)/(10+10+0+20) = 0.25 — the zero-denominator numerator counts.
        // Point 1: σ = sqrt(0.25·0.75/10) = 0.1369306; ucl = 0.6607919; lcl = 0.25 − 0.4107919 < 0 → 0.
        // Point 3: y = 1/0 = Inf → null; σ infinite → limits null; n = 0.
        var a = Analyze(new SeriesSpec(ChartType.P, Ratios((2, 10), (3, 10), (1, 0), (4, 20))));
        Near(0.25, a.Points[0].CenterLine);
        Near(0.6607919, a.Points[0].UpperLimit);
        Near(0, a.Points[0].LowerLimit);
        var zero = a.Points[2];
        Assert.Null(zero.Y);
        Assert.Null(zero.UpperLimit);
        Assert.Null(zero.LowerLimit);
        Assert.Equal(0, zero.N);
        Assert.False(zero.SigmaSignal);
        // The infinite y counts as a useful point above the line.
        Assert.Equal(4, a.Parts[0].UsefulObservations);
    }

    [Fact]
    public void P_chart_clips_the_upper_limit_at_one_before_multiplying()
    {
        // 9/10 three times: cl 0.9; σ = sqrt(0.09/10) = 0.0948683; ucl 1.1846050 → clipped to 1 → ×100 = 100;
        // lcl = 0.6153950 → 61.5395; cl ×100 = 90.
        var a = Analyze(new SeriesSpec(ChartType.P, Ratios((9, 10), (9, 10), (9, 10))) { Multiply = 100 });
        Near(90, a.Points[0].CenterLine);
        Near(100, a.Points[0].UpperLimit);
        Near(61.5395, a.Points[0].LowerLimit);
        Near(90, a.Points[0].Y);
    }

    [Fact]
    public void Missing_numerator_or_denominator_gives_n_zero_not_null()
    {
        var a = Analyze(new SeriesSpec(ChartType.P, Ratios((2, 10), (null, 10), (3, null), (4, 20))));
        Assert.Equal(0, a.Points[1].N);
        Assert.Equal(0, a.Points[2].N);
        Assert.Null(a.Points[1].Y);
        // cl = (2 + 4)/(10 + 20) = 0.2: the half-missing rows count for nothing.
        Near(0.2, a.Points[0].CenterLine);
    }

    [Fact]
    public void PP_chart_scales_binomial_sigma_by_the_moving_range_of_z()
    {
        // y/n: 10/100 15/120 12/110 20/130 18/100; cl = 75/560 = 0.1339286.
        // z_i = (p_i − cl)/sqrt(cl(1−cl)/n_i); σ_z = AMR(z)/1.128 = 0.7323491 (computed by hand in a spreadsheet).
        // Point 1: ucl = cl + 3·sqrt(cl(1−cl)/100)·σ_z = 0.2087546; lcl = 0.0591025.
        var a = Analyze(new SeriesSpec(ChartType.PP, Ratios((10, 100), (15, 120), (12, 110), (20, 130), (18, 100))));
        Near(0.1339286, a.Points[0].CenterLine);
        Near(0.2087546, a.Points[0].UpperLimit);
        Near(0.0591025, a.Points[0].LowerLimit);
    }

    [Fact]
    public void PP_chart_with_categories_uses_the_sample_sd_of_z()
    {
        // Same data with category x: σ_z = sd(z) = 0.9917598.
        // ucl(point "a", n = 100) = cl + 3·sqrt(cl(1−cl)/100)·0.9917598 = 0.1339286 + 3·0.0340618·0.9917598 = 0.2352703.
        Observation[] rows = [new("a", 10, 100), new("b", 15, 120), new("c", 12, 110), new("d", 20, 130), new("e", 18, 100)];
        var a = Analyze(new SeriesSpec(ChartType.PP, rows) { XKind = XKind.Category });
        var cl = 75.0 / 560;
        Near(cl + (3 * Math.Sqrt(cl * (1 - cl) / 100) * 0.9917598054751902), a.Points[0].UpperLimit);
        Assert.All(a.Parts, r => Assert.False(r.RunsSignal));
    }
}

public class CountChartTests
{
    [Fact]
    public void C_chart_uses_poisson_sigma_and_clips_lower_limits_at_zero()
    {
        // y = 2 4 6: cl 4, σ = 2; ucl 10, lcl max(0, −2) = 0; ucl.95 8, lcl.95 0.
        var a = Analyze(Spec(ChartType.C, 2, 4, 6));
        var p = a.Points[0];
        Near(4, p.CenterLine);
        Near(10, p.UpperLimit);
        Near(0, p.LowerLimit);
        Near(8, p.UpperLimit95);
        Near(0, p.LowerLimit95);
    }

    [Fact]
    public void C_chart_plots_the_subgroup_sum()
    {
        // Two rows at x = 1 (3 + 4 = 7), one at x = 2 (5): y = 7 and 5, cl = 6.
        Observation[] rows = [new("1", 3), new("1", 4), new("2", 5)];
        var a = Analyze(new SeriesSpec(ChartType.C, rows));
        Near(7, a.Points[0].Y);
        Near(6, a.Points[0].CenterLine);
    }

    [Fact]
    public void U_chart_has_per_point_limits_from_the_pooled_rate()
    {
        // (2/10) (3/10) (5/20): cl = 10/40 = 0.25; point 1 σ = sqrt(0.25/10) = 0.1581139; ucl = 0.7243416; lcl → 0.
        // Point 3 σ = sqrt(0.25/20) = 0.1118034; ucl = 0.5854102.
        var a = Analyze(new SeriesSpec(ChartType.U, Ratios((2, 10), (3, 10), (5, 20))));
        Near(0.25, a.Points[0].CenterLine);
        Near(0.7243416, a.Points[0].UpperLimit);
        Near(0, a.Points[0].LowerLimit);
        Near(0.5854102, a.Points[2].UpperLimit);
    }

    [Fact]
    public void UP_chart_scales_poisson_sigma_by_sigma_z()
    {
        // As the P' example but Poisson: σ_i = sqrt(cl/n_i); σ_z = 0.6815458; point 1 ucl 0.2087546, lcl 0.0591025.
        var a = Analyze(new SeriesSpec(ChartType.UP, Ratios((10, 100), (15, 120), (12, 110), (20, 130), (18, 100))));
        Near(0.2087546, a.Points[0].UpperLimit);
        Near(0.0591025, a.Points[0].LowerLimit);
    }
}

public class SubgroupChartTests
{
    [Theory]
    [InlineData(2, 0.7978845608)]
    [InlineData(3, 0.8862269255)]
    [InlineData(5, 0.9399856030)]
    [InlineData(25, 0.9896403756)]
    public void C4_matches_the_published_constants(int n, double expected)
    {
        Near(expected, Numerics.SpecialFunctions.C4(n));
    }

    [Fact]
    public void C4_is_undefined_for_one_observation()
    {
        Assert.True(double.IsNaN(Numerics.SpecialFunctions.C4(1)));
    }

    [Fact]
    public void Xbar_with_constant_subgroup_size_uses_the_mean_sd_and_A3()
    {
        // Subgroups {1,2,3} {2,3,4} {3,4,5}: means 2 3 4, SDs 1 1 1. cl = 27/9 = 3; s̄ = 1;
        // c4(3) = 0.8862269; A3 = 3/(0.8862269·√3) = 1.9544100; ucl = 4.9544100; lcl = 1.0455900.
        var a = Analyze(new SeriesSpec(ChartType.Xbar, Subgroups([1, 2, 3], [2, 3, 4], [3, 4, 5])));
        Near(3, a.Points[0].CenterLine);
        Near(4.9544100, a.Points[0].UpperLimit);
        Near(1.0455900, a.Points[0].LowerLimit);
        Assert.Equal(3, a.Points[0].YLength);
        Near(2, a.Points[0].YMean);
        Near(1, a.Points[0].YSd);
    }

    [Fact]
    public void Xbar_with_variable_subgroup_sizes_pools_the_sd()
    {
        // {1,2,3} {2,4} {5,6,7,8}: lengths 3 2 4; cl = (6 + 6 + 26)/9 = 4.2222222;
        // s̄ = sqrt((2·1 + 1·2 + 3·1.6666667)/(2+1+3)) = sqrt(9/6) = 1.2247449.
        // Subgroup 2 (n = 2): ucl = cl + 3·s̄/(c4(2)·√2) = 7.4784279; lcl = 0.9660166.
        var a = Analyze(new SeriesSpec(ChartType.Xbar, Subgroups([1, 2, 3], [2, 4], [5, 6, 7, 8])));
        Near(4.2222222, a.Points[0].CenterLine);
        Near(6.6158759, a.Points[0].UpperLimit);
        Near(7.4784279, a.Points[1].UpperLimit);
        Near(0.9660166, a.Points[1].LowerLimit);
    }

    [Fact]
    public void S_chart_uses_c4_and_c5_and_clips_the_lower_limit()
    {
        // Constant n = 3: cl = s̄ = 1; c5/c4 = sqrt(1 − 0.7853982)/0.8862269 = 0.5227232;
        // ucl = 1 + 3·0.5227232 = 2.5681696; lcl = max(0, 1 − 1.568) = 0.
        var a = Analyze(new SeriesSpec(ChartType.S, Subgroups([1, 2, 3], [2, 3, 4], [3, 4, 5])));
        Near(1, a.Points[0].CenterLine);
        Near(2.5681696, a.Points[0].UpperLimit);
        Near(0, a.Points[0].LowerLimit);

        // Variable sizes: cl = s̄ = 1.2247449; n = 4 → ucl = 2.7753295.
        var b = Analyze(new SeriesSpec(ChartType.S, Subgroups([1, 2, 3], [2, 4], [5, 6, 7, 8])));
        Near(1.2247449, b.Points[0].CenterLine);
        Near(2.7753295, b.Points[2].UpperLimit);
    }

    [Fact]
    public void Subgroup_of_one_gets_null_limits()
    {
        var a = Analyze(new SeriesSpec(ChartType.Xbar, Subgroups([1, 2, 3], [4], [3, 4, 5])));
        Assert.Null(a.Points[1].UpperLimit);
        Assert.Null(a.Points[1].YSd);
        Assert.NotNull(a.Points[0].UpperLimit);
    }

    [Fact]
    public void Pooled_sd_counts_len_minus_1_of_an_all_missing_subgroup_in_the_denominator()
    {
        // Spec: s̄ = sqrt(Σ(len−1)·sd² / Σ(len−1)) over base; only *missing* terms are skipped.
        // Subgroups {1,2,3} {NA} {2,4}: lengths 3 0 2 (sizes vary). sd² = 1, NA, 2.
        // Numerator 2·1 + 1·2 = 4 (the NA term is skipped); denominator 2 + (0−1) + 1 = 2 (−1 is not missing).
        // s̄ = sqrt(4/2) = 1.4142136. Xbar: cl = (6 + 6)/5 = 2.4; subgroup 1 (n = 3):
        // ucl = 2.4 + 4.2426407/(0.8862269·1.7320508 = 1.5349901) = 2.4 + 2.7639532 = 5.1639532.
        Observation[] rows = [new("1", 1), new("1", 2), new("1", 3), new("2", null), new("3", 2), new("3", 4)];
        var a = Analyze(new SeriesSpec(ChartType.Xbar, rows));
        Near(2.4, a.Points[0].CenterLine);
        Near(5.1639532, a.Points[0].UpperLimit);
        Assert.Equal(0, a.Points[1].YLength);
        Assert.Null(a.Points[1].UpperLimit);

        // S chart: cl = s̄ = 1.4142136.
        var s = Analyze(new SeriesSpec(ChartType.S, rows));
        Near(Math.Sqrt(2), s.Points[0].CenterLine);
    }

    [Fact]
    public void Sizes_vary_when_any_subgroup_of_the_part_differs_even_outside_the_base()
    {
        // {1,3} (sd √2) {2,6} (sd 2√2) {0,2,4,6}, freeze 2: both base subgroups have 2 values, but the
        // part also has one of 4, so s̄ is pooled: sqrt((1·2 + 1·8)/(1 + 1)) = √5 = 2.2360680,
        // not the plain mean of the base SDs (√2 + 2√2)/2 = 2.1213203.
        Observation[] rows = [new("1", 1), new("1", 3), new("2", 2), new("2", 6), new("3", 0), new("3", 2), new("3", 4), new("3", 6)];
        var s = Analyze(new SeriesSpec(ChartType.S, rows) { Freeze = 2 });
        Near(Math.Sqrt(5), s.Points[0].CenterLine);

        // With the same size throughout, {1,3} {2,6} {0,4}: the plain mean of the base SDs, (√2 + 2√2)/2 = 1.5·√2.
        Observation[] same = [new("1", 1), new("1", 3), new("2", 2), new("2", 6), new("3", 0), new("3", 4)];
        Near(1.5 * Math.Sqrt(2), Analyze(new SeriesSpec(ChartType.S, same) { Freeze = 2 }).Points[0].CenterLine);
    }
}

public class RareEventChartTests
{
    [Fact]
    public void G_chart_centre_line_is_the_median_but_limits_come_from_the_mean()
    {
        // y = 1 2 3 10: mean 4, median 2.5; sqrt(4·5) = 4.4721360; ucl = 4 + 13.4164079 = 17.4164079; lcl → 0.
        var a = Analyze(Spec(ChartType.G, 1, 2, 3, 10));
        Near(2.5, a.Points[0].CenterLine);
        Near(17.4164079, a.Points[0].UpperLimit);
        Near(4 + (2 * Math.Sqrt(20)), a.Points[0].UpperLimit95);
        Near(0, a.Points[0].LowerLimit);
    }

    [Fact]
    public void T_chart_works_on_the_1_over_3_6_power_and_back_transforms()
    {
        // y = 1 8 27 64 5 → y^(1/3.6); I chart on that (mean m, screened AMR), then ^3.6:
        // cl = 12.2060997; ucl = 228.4570212; transformed lcl −0.5135 → NaN → 0; lcl.95 = 0.3255321^3.6.
        var a = Analyze(Spec(ChartType.T, 1, 8, 27, 64, 5));
        Near(12.2060997, a.Points[0].CenterLine);
        Near(228.4570212, a.Points[0].UpperLimit);
        Near(109.0995290, a.Points[0].UpperLimit95);
        Near(0, a.Points[0].LowerLimit);
        Near(Math.Pow(0.3255321315091313, 3.6), a.Points[0].LowerLimit95);
        Near(64, a.Points[3].Y);
    }

    [Fact]
    public void T_chart_leaves_a_negative_transformed_2_sigma_limit_null()
    {
        // 1 100 1 100: transformed 1 and 3.5938; the spread makes m − 2σ negative: lcl → 0, lcl.95 → null.
        var a = Analyze(Spec(ChartType.T, 1, 100, 1, 100));
        Near(0, a.Points[0].LowerLimit);
        Assert.Null(a.Points[0].LowerLimit95);
    }

    [Fact]
    public void T_chart_with_a_zero_time_is_an_error_naming_the_point()
    {
        var errors = Errors(new SeriesSpec(ChartType.T, [new("1", 3), new("2", 0), new("3", 4)]));
        var e = Assert.Single(errors);
        Assert.Equal("NON_POSITIVE_TIME", e.Code);
        Assert.Contains("Tid mellom hendelser må være større enn null", e.MessageNb);
        Assert.Contains("Time between events must be greater than zero", e.MessageEn);
        Assert.Contains("Point 2 (x = '2')", e.MessageEn);
    }

    [Fact]
    public void T_chart_plots_the_back_transformed_y_so_points_equal_to_the_centre_line_stay_on_it()
    {
        // Spec: "y, cl and the limits are raised to the power 3.6 again". For y = 2:
        // t = 2^(1/3.6); t^3.6 = 1.9999999999999998 in IEEE doubles (not 2). Four equal times:
        // mean(t) = 4t/4 = t exactly, so cl = t^3.6 = the plotted y of every point: all four are on the
        // centre line, none is useful, and the run statistics are null.
        var a = Analyze(Spec(ChartType.T, 2, 2, 2, 2));
        Assert.Equal(0, a.Parts[0].UsefulObservations);
        Assert.Null(a.Parts[0].LongestRun);
        Assert.Equal(a.Points[0].CenterLine, a.Points[0].Y);

        // Unscreened, the limits equal cl (every MR is 0); y is then not above ucl, so no sigma signal.
        var b = Analyze(Spec(ChartType.T, 2, 2, 2, 2) with { ScreenMovingRanges = false });
        Assert.All(b.Points, p => Assert.False(p.SigmaSignal));
    }

    [Fact]
    public void T_chart_lcl_is_zero_when_the_transformed_limit_is_undefined()
    {
        // One point: no moving range, so every transformed limit is NaN. Spec: lcl is set to 0 when the
        // back-transform is negative or NaN; lcl.95, ucl and ucl.95 are not clamped and stay null.
        var a = Analyze(Spec(ChartType.T, 5));
        Near(0, a.Points[0].LowerLimit);
        Assert.Null(a.Points[0].LowerLimit95);
        Assert.Null(a.Points[0].UpperLimit);
        Assert.Null(a.Points[0].UpperLimit95);
        Near(5, a.Points[0].CenterLine);
    }

    [Fact]
    public void T_chart_checks_every_non_missing_time_including_excluded_and_non_baseline_points()
    {
        // The zero is excluded and after the freeze, and still stops the call; a missing time is fine.
        var e = Assert.Single(Errors(Spec(ChartType.T, 3, 4, 5, null, 0) with { Freeze = 3, Exclude = [5] }));
        Assert.Equal(("NON_POSITIVE_TIME", "points[4].y"), (e.Code, e.Field));
        Assert.True(SeriesAnalyzer.Analyze(Spec(ChartType.T, 3, null, 5)).Succeeded);
    }
}
