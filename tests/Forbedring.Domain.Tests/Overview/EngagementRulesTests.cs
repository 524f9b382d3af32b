using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Overview;
using Forbedring.Domain.Overview;
using static Forbedring.Domain.Tests.Meetings.MeetingFacts;

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

    private static ClosedMeeting Samling(int month, Attendance[] records, params string[] services) =>
        new(new DateTimeOffset(2020, month, 4, 9, 0, 0, TimeSpan.Zero), services,
            [Invited("tone", "smidsrod"), Invited("kristin", "smidsrod"), Invited("geir", "rus"), Invited("camilla", "rus")], records);

    [Fact]
    public void A_service_attends_when_any_of_its_people_or_a_substitute_for_one_is_present()
    {
        var meetings = new[]
        {
            Samling(2, [Record("tone", AttendanceStatus.Present), Record("geir", AttendanceStatus.Present)], "smidsrod", "rus"),
            Samling(5, [Record("jonas", AttendanceStatus.Present, substituteFor: "kristin"), Record("geir", AttendanceStatus.Excused)], "smidsrod", "rus"),
            Samling(9, [Record("tone", AttendanceStatus.Present)], "smidsrod", "rus"),
        };

        var services = EngagementRules.ServiceAttendance(meetings);

        Assert.Equal(new AttendanceCount(3, 3, 0, 0), services["smidsrod"]);
        // Rus/psyk came to the first, sent apologies to the second and stayed away from the third.
        Assert.Equal(new AttendanceCount(3, 1, 1, 2), services["rus"]);
        Assert.Equal(1.0 / 3, services["rus"].Rate);
    }

    [Fact]
    public void A_person_not_recorded_at_a_closed_meeting_counts_as_not_present()
    {
        var meetings = new[]
        {
            Samling(2, [Record("tone", AttendanceStatus.Present), Record("kristin", AttendanceStatus.Excused)], "smidsrod", "rus"),
            Samling(5, [Record("tone", AttendanceStatus.Present)], "smidsrod", "rus"),
        };

        var people = EngagementRules.PersonAttendance(meetings);

        Assert.Equal(new AttendanceCount(2, 2, 0, 0), people["tone"]);
        Assert.Equal(new AttendanceCount(2, 0, 1, 2), people["kristin"]);
        Assert.Equal(0.0, people["camilla"].Rate);
        // The substitute stood in for Kristin; they were not invited and get no rate of their own.
        Assert.DoesNotContain("jonas", people.Keys);
    }

    [Fact]
    public void Only_the_meetings_a_service_was_invited_to_count_and_the_order_is_by_date()
    {
        var meetings = new[]
        {
            Samling(9, [Record("tone", AttendanceStatus.Present)], "smidsrod"),
            Samling(2, [], "smidsrod", "rus"),
        };

        var services = EngagementRules.ServiceAttendance(meetings);

        Assert.Equal(new AttendanceCount(1, 0, 0, 1), services["rus"]);
        Assert.Equal(new AttendanceCount(2, 1, 0, 0), services["smidsrod"]);
        Assert.Null(new AttendanceCount(0, 0, 0, 0).Rate);
    }
}
