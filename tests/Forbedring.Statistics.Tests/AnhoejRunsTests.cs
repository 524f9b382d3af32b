using Forbedring.Statistics.Rules;
using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class AnhoejRunsTests
{
    [Theory]
    // Bin(19, 0.5): P(≤5) = 16664/524288 = 0.032 < 0.05, P(≤6) = 43796/524288 = 0.084 → 6.
    [InlineData(20, 6)]
    // Bin(9, 0.5): P(≤1) = 10/512 = 0.020, P(≤2) = 46/512 = 0.090 → 2.
    [InlineData(10, 2)]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    // Bin(1, 0.5): P(0) = 0.5 ≥ 0.05 → 0.
    [InlineData(2, 0)]
    // Bin(4, 0.5): P(0) = 1/16 = 0.0625 → 0.
    [InlineData(5, 0)]
    // Bin(5, 0.5): P(0) = 1/32 = 0.031, P(≤1) = 6/32 → 1.
    [InlineData(6, 1)]
    public void Crossings_min_is_the_5_percent_binomial_quantile(int useful, int expected)
    {
        Assert.Equal(expected, AnhoejRuns.CrossingsMin(useful));
    }

    [Fact]
    public void Crossings_min_for_large_series_agrees_with_exact_summation()
    {
        // The large-n path (log space, from a normal guess) must agree with the exact path at the seam
        // and stay near the normal approximation (n−1)/2 − 1.645·√(n−1)/2 far beyond it.
        for (var n = 995; n <= 1010; n++)
        {
            var exact = Numerics.Binomial.FairCoinQuantile(n - 1, 0.05);
            Assert.InRange(AnhoejRuns.CrossingsMin(n), exact - 0, exact + 0);
        }

        var big = AnhoejRuns.CrossingsMin(1_000_000);
        var approx = (999_999 / 2.0) - (1.6449 * Math.Sqrt(999_999) / 2);
        Assert.InRange(big, approx - 2, approx + 2);
    }

    [Theory]
    [InlineData(20, 7)] // log2(20) = 4.32 → 4 + 3
    [InlineData(10, 6)] // log2(10) = 3.32 → 3 + 3
    [InlineData(6, 6)]  // log2(6) = 2.58 → 3 + 3
    [InlineData(1, 3)]
    [InlineData(64, 9)]
    public void Longest_run_max_is_rounded_log2_plus_3(int useful, int expected)
    {
        Assert.Equal(expected, AnhoejRuns.LongestRunMax(useful));
    }

    [Fact]
    public void A_long_run_signals()
    {
        // 10 low then 10 high around the median: longest 10 > 7, crossings 1 < 6.
        double?[] ys = [.. Enumerable.Range(1, 20).Select(i => (double?)i)];
        var r = Analyze(Spec(ChartType.Run, ys)).Parts[0];
        Assert.Equal((20, 10, 7, 1, 6), (r.UsefulObservations, r.LongestRun, r.LongestRunMax, r.Crossings, r.CrossingsMin));
        Assert.True(r.RunsSignal);
    }

    [Fact]
    public void Too_few_crossings_signal_without_a_long_run()
    {
        // Runs of 7 low, 7 high, 3 low, 3 high (median 55.5): longest 7 is not > 7, but crossings 3 < 6.
        double?[] ys = [1, 2, 3, 4, 5, 6, 7, 101, 102, 103, 104, 105, 106, 107, 8, 9, 10, 108, 109, 110];
        var r = Analyze(Spec(ChartType.Run, ys)).Parts[0];
        Assert.Equal(7, r.LongestRun);
        Assert.Equal(3, r.Crossings);
        Assert.True(r.RunsSignal);
    }

    [Fact]
    public void Random_looking_series_does_not_signal()
    {
        // Alternating around the median: longest run 1, 19 crossings.
        double?[] ys = [.. Enumerable.Range(0, 20).Select(i => (double?)(i % 2 == 0 ? i : 100 - i))];
        var r = Analyze(Spec(ChartType.Run, ys)).Parts[0];
        Assert.Equal(1, r.LongestRun);
        Assert.Equal(19, r.Crossings);
        Assert.False(r.RunsSignal);
    }

    [Fact]
    public void Points_on_the_centre_line_are_dropped_and_do_not_break_a_run()
    {
        // y = 1 3 2 3 1, median 2: signs − + 0 + −; the 0 is dropped so + + is one run of 2.
        var r = Analyze(Spec(ChartType.Run, 1, 3, 2, 3, 1)).Parts[0];
        Assert.Equal((5, 4, 2, 2), (r.Observations, r.UsefulObservations, r.LongestRun, r.Crossings));
    }

    [Fact]
    public void Missing_values_are_dropped_and_excluded_points_left_out()
    {
        // y = 1 NA 5 1 5, exclude point 4, median of base {1, 5, 5} = 5 → only point 1 is useful (the 5s are on the line).
        var r = Analyze(Spec(ChartType.Run, 1, null, 5, 1, 5) with { Exclude = [4] }).Parts[0];
        Assert.Equal(4, r.Observations);
        Assert.Equal(1, r.UsefulObservations);
        Assert.Equal(0, r.CrossingsMin);
    }

    [Fact]
    public void Infinite_y_counts_above_the_line()
    {
        // Run chart of ratios 1/1 2/1 3/0 1/1 3/1: y = 1 2 Inf 1 3, median 2: − 0 + − + → useful 4, crossings 3.
        var a = Analyze(new SeriesSpec(ChartType.Run, Ratios((1, 1), (2, 1), (3, 0), (1, 1), (3, 1))));
        Assert.Null(a.Points[2].Y);
        Assert.Equal((4, 3), (a.Parts[0].UsefulObservations, a.Parts[0].Crossings));
    }

    [Fact]
    public void Runs_signal_is_off_for_categorical_x_but_the_statistics_are_reported()
    {
        Observation[] rows = [.. Enumerable.Range(0, 20).Select(i => new Observation($"k{i:D2}", i))];
        var r = Analyze(new SeriesSpec(ChartType.Run, rows) { XKind = XKind.Category }).Parts[0];
        Assert.Equal(10, r.LongestRun);
        Assert.False(r.RunsSignal);
    }

    [Fact]
    public void Runs_analysis_is_done_per_part()
    {
        var a = Analyze(Spec(ChartType.Run, 1, 2, 3, 4, 5, 6, 10, 20, 10, 20) with { Parts = [6] });
        Assert.Equal(2, a.Parts.Count);
        Assert.Equal((1, 6, 6), (a.Parts[0].Part, a.Parts[0].Observations, a.Parts[0].UsefulObservations));
        // Part 2: 10 20 10 20, median 15 → four runs.
        Assert.Equal((2, 3), (a.Parts[1].Part, a.Parts[1].Crossings));
    }
}
