using Forbedring.Abstractions.Meetings;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Meetings;

public enum MeetingStep { Open, Close, Reopen }

public static class MeetingRules
{
    public const int MaxInvitedServices = 200;

    /// <summary>A meeting has a handful of action items; the cap keeps its minutes a readable size.</summary>
    public const int MaxActionItems = 200;

    public static Check Validate(MeetingInput input) => Validate(input.Details);

    public static Check Validate(MeetingDetails input)
    {
        var check = new Check()
            .Required("title", input.Title)
            .Optional("place", input.Place, Check.NameMax)
            .Optional("videoLink", input.VideoLink, Check.NameMax)
            .Optional("agenda", input.Agenda, Check.LongTextMax);
        if (input.EndsAt is { } ends && ends <= input.StartsAt)
            check.Add(Errors.DatesOutOfOrder("endsAt", "startsAt"));
        if (input.VideoLink is { Length: > 0 } link
            && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            check.Add(Errors.Invalid("videoLink", "Videolenken må være en nettadresse (https://…).", "The video link must be a web address (https://…)."));
        if (input.InvitedServiceIds is { Count: > MaxInvitedServices })
            check.Add(Errors.TooMany("invitedServiceIds", MaxInvitedServices));
        return check;
    }

    /// <summary>
    /// The state a step leads to from <paramref name="from"/>, or null when it may not be taken there:
    /// opening a planned meeting, closing an open one, reopening a closed one. A step to where the
    /// meeting already is changes nothing and is allowed, so a second click does no harm.
    /// </summary>
    public static MeetingState? After(MeetingState from, MeetingStep step) => (step, from) switch
    {
        (MeetingStep.Open, MeetingState.Planned or MeetingState.Open) => MeetingState.Open,
        (MeetingStep.Close, MeetingState.Open or MeetingState.Closed) => MeetingState.Closed,
        (MeetingStep.Reopen, MeetingState.Closed or MeetingState.Open) => MeetingState.Open,
        _ => null,
    };

    /// <summary>An action item's text, its assignee and a due date no earlier than the meeting's day.</summary>
    public static Check Validate(ActionItemInput input, DateOnly meetingDay)
    {
        var check = new Check()
            .Required("what", input.What, Check.ShortTextMax);
        if (string.IsNullOrWhiteSpace(input.AssigneeId))
            check.Add(Errors.Required("assigneeId"));
        if (input.Due is { } due && due < meetingDay)
            check.Add(Errors.DatesOutOfOrder("due", "startsAt"));
        return check;
    }
}
