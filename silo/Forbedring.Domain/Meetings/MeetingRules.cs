using Forbedring.Abstractions.Meetings;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Meetings;

public static class MeetingRules
{
    public const int MaxInvitedServices = 200;

    public static Check Validate(MeetingInput input)
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
}
