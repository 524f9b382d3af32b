using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

public class NhsRulesTests
{
    // Baseline 10 12 10 12 10 12 10 12 (freeze 8): mean 11, every MR 2, AMR 2.
    // Limits 11 ± 2.66·2 = 5.68 / 16.32; "close" beyond 11 ± 1.7733·2 = 7.4533 / 14.5467.
    private static readonly double?[] Baseline = [10, 12, 10, 12, 10, 12, 10, 12];

    internal static SeriesAnalysis Nhs(ImprovementDirection direction, params double?[] after) =>
        Analyze(Spec(ChartType.I, [.. Baseline, .. after]) with { RuleSet = RuleSet.Nhs, Freeze = 8, Direction = direction });

    [Fact]
    public void Limits_are_mean_plus_minus_2_66_AMR()
    {
        var a = Nhs(ImprovementDirection.Up, 11);
        Near(11, a.Points[0].CenterLine);
        Near(16.32, a.Points[0].UpperLimit);
        Near(5.68, a.Points[0].LowerLimit);
    }

    [Fact]
    public void Point_outside_the_limits_is_special_cause_in_the_direction_it_lies()
    {
        var up = Nhs(ImprovementDirection.Up, 11, 20);
        Assert.Equal("special_cause_improvement", up.Points[9].PointType);
        Assert.Equal("common_cause", up.Points[8].PointType);
        Assert.Equal("special_cause_improvement", up.Variation);

        var down = Nhs(ImprovementDirection.Down, 11, 20);
        Assert.Equal("special_cause_concern", down.Points[9].PointType);

        var neutral = Nhs(ImprovementDirection.Neutral, 11, 2);
        Assert.Equal("special_cause_neutral_low", neutral.Points[9].PointType);
    }

    [Fact]
    public void Seven_point_trend_is_special_cause_and_a_tie_breaks_it()
    {
        // 9 10 11 12 13 14 15 after the baseline: the baseline's last 12 → 9 falls, then 7 rising points (6 rising steps).
        var a = Nhs(ImprovementDirection.Up, 9, 10, 11, 12, 13, 14, 15);
        Assert.All(a.Points.Skip(8), p => Assert.Equal("special_cause_improvement", p.PointType));

        // A tie in the middle breaks it: 9 10 11 11 12 13 14 has no 6 strictly rising steps in a row.
        var b = Nhs(ImprovementDirection.Up, 9, 10, 11, 11, 12, 13, 14);
        Assert.Equal("common_cause", b.Points[8].PointType);
    }

    [Fact]
    public void Missing_value_breaks_a_trend_and_does_not_throw()
    {
        var a = Nhs(ImprovementDirection.Up, 9, 10, 11, null, 12, 13, 14);
        Assert.Equal("common_cause", a.Points[8].PointType);
        Assert.Equal("common_cause", a.Points[9].PointType);
    }

    [Fact]
    public void Two_of_three_close_to_a_limit_on_the_same_side_flags_the_close_points()
    {
        // 15 11.5 15: 15 is close (> 14.5467, < 16.32), 11.5 is above the mean but not close.
        var a = Nhs(ImprovementDirection.Up, 15, 11.5, 15, 11);
        Assert.Equal("special_cause_improvement", a.Points[8].PointType);
        Assert.Equal("common_cause", a.Points[9].PointType);
        Assert.Equal("special_cause_improvement", a.Points[10].PointType);
    }

    [Fact]
    public void Points_beyond_the_limits_do_not_count_as_close()
    {
        // 20 (outside) 15 (close) 11.5: only one close point in any window, so 15 is common cause.
        var a = Nhs(ImprovementDirection.Up, 20, 15, 11.5, 11);
        Assert.Equal("special_cause_improvement", a.Points[8].PointType); // outside
        Assert.Equal("common_cause", a.Points[9].PointType);
    }

    [Fact]
    public void Seven_points_on_one_side_of_the_mean_flag_the_whole_run_and_a_point_on_the_mean_breaks_it()
    {
        // The baseline's last 12 plus seven 11.9s: eight points above 11 (the equal values break any trend).
        var a = Nhs(ImprovementDirection.Down, 11.9, 11.9, 11.9, 11.9, 11.9, 11.9, 11.9);
        Assert.All(a.Points.Skip(7), p => Assert.Equal("special_cause_concern", p.PointType));
        Assert.Equal("common_cause", a.Points[6].PointType);

        // 11 is exactly on the mean: 12 11.9 11.9 11.9 | 11 | 11.9 11.9 11.9 → no run of 7.
        var b = Nhs(ImprovementDirection.Down, 11.9, 11.9, 11.9, 11, 11.9, 11.9, 11.9);
        Assert.Equal("common_cause", b.Points[8].PointType);
    }

    [Fact]
    public void Assurance_compares_the_target_with_the_last_points_limits()
    {
        // Limits 5.68 .. 16.32.
        Assert.Equal("consistent_fail", Target(ImprovementDirection.Up, 20));
        Assert.Equal("consistent_pass", Target(ImprovementDirection.Down, 20));
        Assert.Equal("consistent_pass", Target(ImprovementDirection.Up, 3));
        Assert.Equal("consistent_fail", Target(ImprovementDirection.Down, 3));
        Assert.Equal("inconsistent", Target(ImprovementDirection.Up, 12));
        Assert.Null(Target(ImprovementDirection.Neutral, 12));
        Assert.Null(Nhs(ImprovementDirection.Up, 11).Assurance);
    }

    private static string? Target(ImprovementDirection direction, double target) =>
        Analyze(Spec(ChartType.I, [.. Baseline, 11]) with { RuleSet = RuleSet.Nhs, Freeze = 8, Direction = direction, Target = target }).Assurance;

    [Fact]
    public void Groups_are_parts_and_variation_is_the_last_points_type_of_the_last_group()
    {
        var a = Analyze(Spec(ChartType.I, [.. Baseline, 30, .. Baseline, 11]) with { RuleSet = RuleSet.Nhs, Parts = [9], Direction = ImprovementDirection.Up });
        Assert.Equal(2, a.NhsGroups!.Count);
        Assert.Equal("special_cause_improvement", a.NhsGroups[0].VariationType);
        Assert.Equal("common_cause", a.NhsGroups[1].VariationType);
        Assert.Equal("common_cause", a.Variation);
        Assert.Equal(VariationKind.Common, a.Verdict.Variation);
    }

    [Fact]
    public void NHS_rules_apply_to_I_charts_only()
    {
        var e = Assert.Single(Errors(Spec(ChartType.C, 1, 2, 3) with { RuleSet = RuleSet.Nhs }));
        Assert.Equal("RULESET_NOT_SUPPORTED", e.Code);
    }
}
