using Forbedring.Abstractions.Meetings;
using Forbedring.Domain.Meetings;
using static Forbedring.Domain.Tests.Meetings.MeetingFacts;

namespace Forbedring.Domain.Tests.Meetings;

public sealed class AttendanceRulesTests
{
    private static readonly IReadOnlyList<Invitee> InvitedPeople = [Invited("tone", "smidsrod"), Invited("kristin", "smidsrod")];

    private static IEnumerable<string> Codes(AttendanceInput input, MeetingState state = MeetingState.Open) =>
        AttendanceRules.Validate(input, state, InvitedPeople).Errors.Select(e => $"{e.Field}:{e.Code}");

    [Fact]
    public void An_invited_person_is_recorded_in_any_status_once_the_meeting_is_open()
    {
        foreach (var status in Enum.GetValues<AttendanceStatus>())
            Assert.Empty(Codes(new AttendanceInput("tone", status, null, false)));
    }

    [Fact]
    public void Before_the_meeting_opens_only_apologies_are_recorded_and_after_it_closes_nothing()
    {
        Assert.Empty(Codes(new AttendanceInput("tone", AttendanceStatus.Excused, null, false), MeetingState.Planned));
        Assert.Equal(["status:NOT_OPEN_YET"], Codes(new AttendanceInput("tone", AttendanceStatus.Present, null, false), MeetingState.Planned));
        Assert.Equal(["meetingId:MEETING_CLOSED"], Codes(new AttendanceInput("tone", AttendanceStatus.Excused, null, false), MeetingState.Closed));
    }

    [Fact]
    public void Someone_not_invited_needs_to_be_a_substitute_or_a_guest()
    {
        Assert.Equal(["personId:NOT_INVITED"], Codes(new AttendanceInput("jonas", AttendanceStatus.Present, null, false)));
        Assert.Empty(Codes(new AttendanceInput("jonas", AttendanceStatus.Present, "tone", false)));
        Assert.Empty(Codes(new AttendanceInput("marte", AttendanceStatus.Present, null, true)));
    }

    [Fact]
    public void Substitutes_and_guests_are_on_the_list_because_they_came()
    {
        Assert.Equal(["status:INVALID"], Codes(new AttendanceInput("jonas", AttendanceStatus.Excused, "tone", false)));
        Assert.Equal(["status:INVALID"], Codes(new AttendanceInput("marte", AttendanceStatus.Absent, null, true)));
    }

    [Fact]
    public void A_substitute_stands_in_for_someone_invited_and_is_not_invited_themselves()
    {
        Assert.Equal(["substituteForPersonId:INVALID"], Codes(new AttendanceInput("jonas", AttendanceStatus.Present, "nobody", false)));
        Assert.Equal(["substituteForPersonId:INVALID"], Codes(new AttendanceInput("jonas", AttendanceStatus.Present, "jonas", false)));
        Assert.Equal(["substituteForPersonId:INVALID"], Codes(new AttendanceInput("kristin", AttendanceStatus.Present, "tone", false)));
        Assert.Equal(["guest:INVALID"], Codes(new AttendanceInput("kristin", AttendanceStatus.Present, null, true)));
        Assert.Equal(["guest:INVALID"], Codes(new AttendanceInput("jonas", AttendanceStatus.Present, "tone", true)));
    }

    [Fact]
    public void Every_refusal_says_why_in_both_languages()
    {
        var errors = AttendanceRules.Validate(new AttendanceInput("jonas", AttendanceStatus.Present, null, false), MeetingState.Open, InvitedPeople).Errors;

        var error = Assert.Single(errors);
        Assert.Contains("vikar", error.MessageNb);
        Assert.Contains("substitute", error.MessageEn);
    }
}
