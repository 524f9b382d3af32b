using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class IndividualsChartTests
{
    [Fact]
    public void I_chart_uses_mean_and_average_moving_range_over_d2()
    {
        // y = 1 3 2 6 4: mean 16/5 = 3.2; MRs 2 1 4 2, AMR 2.25 (none ≥ 3.267·2.25 = 7.35);
        // σ = 2.25/1.128 = 1.9946809; ucl = 3.2 + 3σ = 9.1840426; lcl = −2.7840426; ±2σ: 7.1893617, −0.7893617.
        var a = Analyze(Spec(ChartType.I, 1, 3, 2, 6, 4));
        var p = a.Points[0];
        Near(3.2, p.CenterLine);
        Near(9.1840426, p.UpperLimit);
        Near(-2.7840426, p.LowerLimit);
        Near(7.1893617, p.UpperLimit95);
        Near(-0.7893617, p.LowerLimit95);
        Assert.All(a.Points, q => Assert.False(q.SigmaSignal));
    }

    [Fact]
    public void Screening_drops_moving_ranges_at_or_above_3_267_AMR_and_recomputes()
    {
        // y = 0 1 0 1 0 1 0 1 0 1 0 11: MRs ten 1s and one 11, AMR 21/11 = 1.909; threshold 6.237 drops 11; AMR = 1.
        // mean = 16/12 = 1.3333333; ucl = 1.3333333 + 3/1.128 = 3.9929078. Point 12 (11) is a sigma signal.
        var a = Analyze(Spec(ChartType.I, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 11));
        Near(1.3333333, a.Points[0].CenterLine);
        Near(3.9929078, a.Points[0].UpperLimit);
        Assert.True(a.Points[11].SigmaSignal);

        // Unscreened: σ = (21/11)/1.128 = 1.6924565; ucl = 1.3333333 + 5.0773694 = 6.4107027.
        var b = Analyze(Spec(ChartType.I, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 11) with { ScreenMovingRanges = false });
        Near(6.4107027, b.Points[0].UpperLimit);
    }

    [Fact]
    public void Constant_series_has_null_limits_when_screened_and_limits_on_the_centre_line_when_not()
    {
        // Every MR is 0; 0 < 3.267·0 is false, so screening removes them all and AMR is undefined.
        var screened = Analyze(Spec(ChartType.I, 5, 5, 5, 5));
        Assert.All(screened.Points, p =>
        {
            Near(5, p.CenterLine);
            Assert.Null(p.UpperLimit);
            Assert.Null(p.LowerLimit);
            Assert.False(p.SigmaSignal);
        });

        var unscreened = Analyze(Spec(ChartType.I, 5, 5, 5, 5) with { ScreenMovingRanges = false });
        Near(5, unscreened.Points[0].UpperLimit);
        Near(5, unscreened.Points[0].LowerLimit);
        // All points on the centre line: nothing useful for the runs analysis.
        Assert.Equal(0, unscreened.Parts[0].UsefulObservations);
        Assert.Null(unscreened.Parts[0].LongestRun);
        Assert.False(unscreened.Parts[0].RunsSignal);
    }

    [Fact]
    public void Missing_value_makes_both_neighbouring_moving_ranges_missing()
    {
        // y = 1 NA 3 4 6: MRs (1,NA) and (NA,3) are missing and dropped, not bridged; (3,4)=1, (4,6)=2, AMR 1.5.
        // mean = 14/4 = 3.5; ucl = 3.5 + 3·1.5/1.128 = 7.4893617.
        var a = Analyze(Spec(ChartType.I, 1, null, 3, 4, 6));
        Near(3.5, a.Points[0].CenterLine);
        Near(7.4893617, a.Points[0].UpperLimit);
        Assert.Null(a.Points[1].Y);
        Assert.Equal(5, a.Parts[0].Observations);
        Assert.Equal(4, a.Parts[0].UsefulObservations);
    }

    [Fact]
    public void Moving_range_bridges_an_excluded_point()
    {
        // y = 1 10 3 4 6, point 2 excluded: base 1 3 4 6, MRs 2 1 2, AMR 5/3; mean 3.5;
        // ucl = 3.5 + 3·(5/3)/1.128 = 7.9326241.
        var a = Analyze(Spec(ChartType.I, 1, 10, 3, 4, 6) with { Exclude = [2] });
        Near(3.5, a.Points[0].CenterLine);
        Near(7.9326241, a.Points[0].UpperLimit);
        Assert.False(a.Points[1].Included);
        Assert.Equal(4, a.Parts[0].Observations);
    }

    [Fact]
    public void Freeze_fixes_the_limits_and_later_points_are_tested_against_them()
    {
        // Baseline 1 2 3 4: mean 2.5, AMR 1, ucl = 2.5 + 3/1.128 = 5.1595745. Points 10 and 20 are above it.
        // Runs use all six points: − − + + + +, longest 4, crossings 1; max = round(log2 6)+3 = 6, min = 1.
        var a = Analyze(Spec(ChartType.I, 1, 2, 3, 4, 10, 20) with { Freeze = 4 });
        Near(2.5, a.Points[5].CenterLine);
        Near(5.1595745, a.Points[5].UpperLimit);
        Assert.Equal([true, true, true, true, false, false], a.Points.Select(p => p.Baseline));
        Assert.True(a.Points[4].SigmaSignal);
        Assert.True(a.Points[5].SigmaSignal);
        var runs = a.Parts[0];
        Assert.Equal((6, 4, 6, 1, 1), (runs.UsefulObservations, runs.LongestRun, runs.LongestRunMax, runs.Crossings, runs.CrossingsMin));
        Assert.False(runs.RunsSignal);
    }

    [Fact]
    public void Parts_are_computed_independently_and_ignore_freeze()
    {
        // Part 1: 1 2 3 (mean 2, AMR 1); part 2: 10 11 12 (mean 11, AMR 1).
        var a = Analyze(Spec(ChartType.I, 1, 2, 3, 10, 11, 12) with { Parts = [3], Freeze = 2 });
        Assert.Equal([1, 1, 1, 2, 2, 2], a.Points.Select(p => p.Part));
        Near(2, a.Points[0].CenterLine);
        Near(11, a.Points[3].CenterLine);
        Near(11 + (3 / 1.128), a.Points[3].UpperLimit);
        Assert.All(a.Points, p => Assert.True(p.Baseline));
        Assert.Equal(2, a.Parts.Count);
        Assert.Contains(a.WarningDetails, w => w.Code == "FREEZE_IGNORED");
    }

    [Fact]
    public void Parts_out_of_range_are_ignored_with_a_warning()
    {
        var a = Analyze(Spec(ChartType.I, 1, 2, 3, 4) with { Parts = [-1, 4, 9] });
        Assert.All(a.Points, p => Assert.Equal(1, p.Part));
        Assert.Equal(3, a.WarningDetails.Count(w => w.Code == "PART_IGNORED"));
    }

    [Fact]
    public void A_split_after_point_zero_changes_nothing()
    {
        // Values < 0 or ≥ N are ignored; 0 is where part 1 starts anyway (the reference's split points are
        // unique(c(0, part))), so 1 2 3 with parts [0] is one part numbered 1, as with no split, and so is [0, 0].
        foreach (IReadOnlyList<int> parts in new[] { new[] { 0 }, new[] { 0, 0 } })
        {
            var a = Analyze(Spec(ChartType.I, 1, 2, 3) with { Parts = parts });
            Assert.All(a.Points, p => Assert.Equal(1, p.Part));
            Assert.Equal(1, Assert.Single(a.Parts).Part);
        }

        // With a real split as well: [0, 2] gives parts 1 (points 1, 2) and 2 (point 3).
        Assert.Equal([1, 1, 2], Analyze(Spec(ChartType.I, 1, 2, 3) with { Parts = [0, 2] }).Points.Select(p => p.Part));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tiny_series_analyse_without_errors(int count)
    {
        var ys = Enumerable.Range(1, count).Select(i => (double?)(i * i)).ToArray();
        var a = Analyze(Spec(ChartType.I, ys));
        Assert.Equal(count, a.Points.Count);
        if (count == 1)
        {
            // One point: no moving ranges, so no limits.
            Near(1, a.Points[0].CenterLine);
            Assert.Null(a.Points[0].UpperLimit);
        }

        if (count == 2)
        {
            // 1 4: mean 2.5, one MR of 3 (3 < 3.267·3 keeps it), ucl = 2.5 + 3·3/1.128 = 10.4787234.
            Near(10.4787234, a.Points[0].UpperLimit);
        }
    }

    [Fact]
    public void Empty_series_is_a_valid_empty_analysis_with_a_warning()
    {
        // Choice: an empty series is not an error; the result has no points, no parts and says so.
        var a = Analyze(new SeriesSpec(ChartType.I, []));
        Assert.Empty(a.Points);
        Assert.Empty(a.Parts);
        Assert.Null(a.Verdict.Variation);
        Assert.Contains(a.WarningDetails, w => w.Code == "NO_OBSERVATIONS");
    }

    [Fact]
    public void Fewer_than_12_points_mark_the_limits_as_trial_limits()
    {
        var a = Analyze(Spec(ChartType.I, 1, 3, 2, 6, 4));
        Assert.True(a.Verdict.TrialLimits);
        Assert.Contains(a.WarningDetails, w => w.Code == "TRIAL_LIMITS");
        Assert.Contains("foreløpige", a.Verdict.MessageNb);

        var b = Analyze(Spec(ChartType.I, [.. Enumerable.Range(0, 12).Select(i => (double?)(i % 3))]));
        Assert.False(b.Verdict.TrialLimits);
    }

    [Fact]
    public void Multiply_scales_y_centre_line_and_limits()
    {
        var a = Analyze(Spec(ChartType.I, 1, 3, 2, 6, 4) with { Multiply = 10 });
        Near(10, a.Points[0].Y);
        Near(32, a.Points[0].CenterLine);
        Near(91.840426, a.Points[0].UpperLimit);
    }
}
