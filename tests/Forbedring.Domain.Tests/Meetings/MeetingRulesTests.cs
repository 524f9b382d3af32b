using Forbedring.Abstractions.Meetings;
using Forbedring.Domain.Meetings;

namespace Forbedring.Domain.Tests.Meetings;

public sealed class MeetingRulesTests
{
    [Theory]
    [InlineData(MeetingState.Planned, MeetingStep.Open, MeetingState.Open)]
    [InlineData(MeetingState.Open, MeetingStep.Close, MeetingState.Closed)]
    [InlineData(MeetingState.Closed, MeetingStep.Reopen, MeetingState.Open)]
    [InlineData(MeetingState.Open, MeetingStep.Open, MeetingState.Open)]
    [InlineData(MeetingState.Closed, MeetingStep.Close, MeetingState.Closed)]
    [InlineData(MeetingState.Open, MeetingStep.Reopen, MeetingState.Open)]
    [InlineData(MeetingState.Planned, MeetingStep.Close, null)]
    [InlineData(MeetingState.Planned, MeetingStep.Reopen, null)]
    [InlineData(MeetingState.Closed, MeetingStep.Open, null)]
    public void A_meeting_goes_planned_open_closed_and_may_be_reopened(MeetingState from, MeetingStep step, MeetingState? after) =>
        Assert.Equal(after, MeetingRules.After(from, step));

    [Fact]
    public void An_action_item_needs_what_and_who_and_is_not_due_before_the_meeting()
    {
        var day = new DateOnly(2020, 2, 4);

        Assert.False(MeetingRules.Validate(new ActionItemInput("Sende sjekklisten", "person_tone", day), day).Failed);
        var errors = MeetingRules.Validate(new ActionItemInput(" ", "", day.AddDays(-1)), day).Errors;
        Assert.Equal(["assigneeId:REQUIRED", "due:DATES_OUT_OF_ORDER", "what:REQUIRED"], errors.Select(e => $"{e.Field}:{e.Code}").Order());
    }

    [Fact]
    public void Free_text_of_an_action_item_refuses_a_national_identity_number()
    {
        var errors = MeetingRules.Validate(new ActionItemInput("Ringe pasient 150675 43278 om hjelpemidler", "person_tone", null), new DateOnly(2020, 2, 4)).Errors;

        Assert.Contains(errors, e => e is { Field: "what", Code: "PATIENT_IDENTIFIABLE" });
    }
}
