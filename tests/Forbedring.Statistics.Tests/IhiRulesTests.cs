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
    // Every row of the rule's range, 10 to 60 useful points. The expected values were computed outside
    // this code base with exact rational arithmetic (Python fractions and math.comb) from the
    // Wald–Wolfowitz distribution of the number of runs, n1 = floor(n/2), n2 = ceil(n/2), cutting
    // 2.5% in each tail: lower = the smallest r with P(R ≤ r) > 2.5%, upper = the largest r with
    // P(R ≥ r) > 2.5%. Too few: runs < lower; too many: runs > upper.
    // They are NOT verified against Table 1 of Perla, Provost & Murray (2011): the printed table
    // could not be found as text in the sources searched (see docs/statistics.md).
    [InlineData(10, 3, 9)]
    [InlineData(11, 4, 9)]
    [InlineData(12, 4, 10)]
    [InlineData(13, 4, 11)]
    [InlineData(14, 4, 12)]
    [InlineData(15, 5, 12)]
    [InlineData(16, 5, 13)]
    [InlineData(17, 6, 13)]
    [InlineData(18, 6, 14)]
    [InlineData(19, 6, 15)]
    [InlineData(20, 7, 15)]
    [InlineData(21, 7, 16)]
    [InlineData(22, 8, 16)]
    [InlineData(23, 8, 17)]
    [InlineData(24, 8, 18)]
    [InlineData(25, 9, 18)]
    [InlineData(26, 9, 19)]
    [InlineData(27, 10, 19)]
    [InlineData(28, 10, 20)]
    [InlineData(29, 10, 21)]
    [InlineData(30, 11, 21)]
    [InlineData(31, 11, 22)]
    [InlineData(32, 12, 22)]
    [InlineData(33, 12, 23)]
    [InlineData(34, 12, 24)]
    [InlineData(35, 13, 24)]
    [InlineData(36, 13, 25)]
    [InlineData(37, 14, 25)]
    [InlineData(38, 14, 26)]
    [InlineData(39, 14, 26)]
    [InlineData(40, 15, 27)]
    [InlineData(41, 15, 28)]
    [InlineData(42, 16, 28)]
    [InlineData(43, 16, 29)]
    [InlineData(44, 17, 29)]
    [InlineData(45, 17, 30)]
    [InlineData(46, 17, 31)]
    [InlineData(47, 18, 31)]
    [InlineData(48, 18, 32)]
    [InlineData(49, 19, 32)]
    [InlineData(50, 19, 33)]
    [InlineData(51, 20, 33)]
    [InlineData(52, 20, 34)]
    [InlineData(53, 20, 35)]
    [InlineData(54, 21, 35)]
    [InlineData(55, 21, 36)]
    [InlineData(56, 22, 36)]
    [InlineData(57, 22, 37)]
    [InlineData(58, 23, 37)]
    [InlineData(59, 23, 38)]
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
