using Forbedring.Statistics.Rules;
using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class IhiRulesTests
{
    private static IhiPartResult Ihi(params double?[] ys) =>
        Analyze(Spec(ChartType.Run, ys) with { RuleSet = RuleSet.Ihi }).Ihi!.Parts[0];

    [Fact]
    public void Six_points_on_one_side_of_the_median_are_a_shift()
    {
        // 6 below (1 3 2 3 1 2) then 6 above (10 12 11 13 10 12), median 6.5.
        var r = Ihi(1, 3, 2, 3, 1, 2, 10, 12, 11, 13, 10, 12);
        Assert.Equal(Enumerable.Range(1, 12), r.ShiftPositions);
    }

    [Fact]
    public void Five_points_on_one_side_are_not_a_shift_and_points_on_the_median_do_not_break_one()
    {
        // 5 below, 5 above: median 6.5, no shift.
        Assert.False(Ihi(1, 3, 2, 3, 1, 10, 12, 11, 13, 10).Shift);

        // 5 5 5 1 1 1 3 1 1 1 5 5 5: median 3 (the 7th of 13 sorted). Signs + + + − − − 0 − − − + + +;
        // the 3 on the median is skipped, so positions 4 5 6 8 9 10 are six below in a row.
        var r = Ihi(5, 5, 5, 1, 1, 1, 3, 1, 1, 1, 5, 5, 5);
        Assert.Equal([4, 5, 6, 8, 9, 10], r.ShiftPositions);
    }

    [Fact]
    public void Five_points_going_up_are_a_trend_and_a_tie_neither_counts_nor_breaks_it()
    {
        // 1 2 2 3 4 5: the second 2 is skipped; 1 2 3 4 5 rise → trend at positions 1 2 4 5 6.
        var r = Ihi(1, 2, 2, 3, 4, 5, 3, 4, 3, 4);
        Assert.Equal([1, 2, 4, 5, 6], r.TrendPositions);

        // Four rising points are not a trend.
        Assert.False(Ihi(1, 2, 3, 4, 1, 2, 1, 2).Trend);
    }

    [Fact]
    public void Runs_rule_is_not_applied_outside_10_to_60_useful_points_and_says_why()
    {
        var r = Ihi(1, 2, 3, 4, 5, 6, 7, 8, 9);
        Assert.False(r.Runs.Applied);
        Assert.Contains("10 to 60", r.Runs.ReasonEn);
        Assert.Contains("10 til 60", r.Runs.ReasonNb);
    }

    [Fact]
    public void Too_few_runs_signal_and_a_normal_count_does_not()
    {
        // 20 points, 10 low then 10 high: 2 runs < 7 (the lower limit for 20 useful points).
        var few = Ihi([.. Enumerable.Range(1, 20).Select(i => (double?)i)]);
        Assert.True(few.Runs.Applied);
        Assert.Equal((2, 7, 15), (few.Runs.Runs, few.Runs.LowerLimit, few.Runs.UpperLimit));
        Assert.True(few.Runs.TooFew);

        // Alternating: 20 runs > 15 → too many.
        var many = Ihi([.. Enumerable.Range(0, 20).Select(i => (double?)(i % 2 == 0 ? i : 100 - i))]);
        Assert.True(many.Runs.TooMany);

        // Pairs: − − + + … gives 10 runs, inside 7..15.
        var normal = Ihi([.. Enumerable.Range(0, 20).Select(i => (double?)(i / 2 % 2 == 0 ? i : 100 - i))]);
        Assert.False(normal.Runs.Signal);
    }

    [Theory]
    // Exact Wald–Wolfowitz limits, 2.5% in each tail, n1 = floor(n/2), n2 = ceil(n/2).
    [InlineData(10, 3, 9)]
    [InlineData(15, 5, 12)]
    [InlineData(16, 5, 13)]
    [InlineData(30, 11, 21)]
    [InlineData(60, 24, 38)]
    public void Runs_limits_come_from_the_exact_runs_distribution(int useful, int lower, int upper)
    {
        Assert.Equal((lower, upper), RunsDistribution.Limits(useful));
    }

    [Fact]
    public void Astronomical_points_are_only_suggested_from_the_I_chart_limits()
    {
        // 18 points between 8 and 13 and one at 30: mean 11.53; the MR of 19 is screened out, AMR ≈ 2.9,
        // so the I-chart limits are about 3.8 .. 19.3 and only point 19 is a candidate.
        var a = Analyze(Spec(ChartType.Run, 8, 12, 9, 13, 10, 11, 8, 12, 9, 13, 10, 11, 8, 12, 9, 13, 10, 11, 30) with { RuleSet = RuleSet.Ihi });
        Assert.Equal([19], a.Ihi!.Parts[0].AstronomicalSuggestions);
        Assert.Contains("astronomical", a.Verdict.MessageEn);
        Assert.Empty(Ihi(10, 11, 10, 12, 11, 10).AstronomicalSuggestions);
    }
}
