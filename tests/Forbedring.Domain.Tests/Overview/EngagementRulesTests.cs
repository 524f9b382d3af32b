using Forbedring.Abstractions.Overview;
using Forbedring.Domain.Overview;

namespace Forbedring.Domain.Tests.Overview;

public sealed class EngagementRulesTests
{
    private static readonly DateTimeOffset Now = new(2020, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static AreaActivity Started(int daysSinceData = 3, int daysSincePdsa = 10) =>
        new(true, 2, Now.AddDays(-daysSinceData), Now.AddDays(-daysSincePdsa), 1);

    [Fact]
    public void A_service_without_areas_has_not_started()
    {
        var result = EngagementRules.Assess([], Now, 6);

        Assert.Equal(EngagementStatus.NotStarted, result.Status);
        Assert.Equal(["No improvement area chosen"], result.ReasonsEn);
    }

    [Fact]
    public void An_area_with_no_aim_measures_or_cycles_lists_every_missing_step()
    {
        var result = EngagementRules.Assess([new AreaActivity(false, 0, null, null, 0)], Now, 6);

        Assert.Equal(EngagementStatus.NotStarted, result.Status);
        Assert.Equal(["No aim written", "No measures defined", "No PDSA cycles"], result.ReasonsEn);
        Assert.Equal(3, result.ReasonsNb.Count);
    }

    [Fact]
    public void Measures_without_any_data_count_as_not_started()
    {
        var result = EngagementRules.Assess([new AreaActivity(true, 1, null, Now.AddDays(-1), 1)], Now, 6);

        Assert.Equal(["No data logged"], result.ReasonsEn);
    }

    [Fact]
    public void Recent_data_or_pdsa_work_is_active()
    {
        Assert.Equal(EngagementStatus.Active, EngagementRules.Assess([Started()], Now, 6).Status);
    }

    [Fact]
    public void Seven_quiet_weeks_against_a_six_week_limit_is_stalled()
    {
        // Last data 49 days ago, last PDSA 60 days ago: 49 days > 42 days (6 weeks).
        var result = EngagementRules.Assess([Started(daysSinceData: 49, daysSincePdsa: 60)], Now, 6);

        Assert.Equal(EngagementStatus.Stalled, result.Status);
        Assert.Equal(["No new data or PDSA work for 7 weeks"], result.ReasonsEn);
    }

    [Fact]
    public void Exactly_six_quiet_weeks_is_not_yet_stalled()
    {
        Assert.Equal(EngagementStatus.Active, EngagementRules.Assess([Started(daysSinceData: 42, daysSincePdsa: 50)], Now, 6).Status);
    }

    [Fact]
    public void The_most_recent_activity_of_any_area_counts()
    {
        var quiet = Started(daysSinceData: 100, daysSincePdsa: 100);
        var busy = Started(daysSinceData: 2, daysSincePdsa: 100);

        Assert.Equal(EngagementStatus.Active, EngagementRules.Assess([quiet, busy], Now, 6).Status);
    }

    [Fact]
    public void Missing_the_last_two_meetings_is_stalled_even_with_recent_data()
    {
        var result = EngagementRules.Assess([Started()], Now, 6, missedRecentMeetings: 2);

        Assert.Equal(EngagementStatus.Stalled, result.Status);
        Assert.Equal(["Absent from the last 2 meetings"], result.ReasonsEn);
    }
}
