using Forbedring.Abstractions.Meetings;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Meetings;

/// <summary>
/// Whose attendance may be recorded, and how. The invited are recorded as they are; anyone else
/// only as a substitute for someone invited, or as a guest, and only as present: they are on the
/// list because they came. Before the meeting opens only apologies can be recorded; once it is
/// closed nothing can, until it is reopened.
/// </summary>
public static class AttendanceRules
{
    /// <summary>Far above any samling; keeps a meeting's rows and minutes bounded.</summary>
    public const int MaxRecorded = 2_000;

    public static Check Validate(AttendanceInput input, MeetingState state, IReadOnlyList<Invitee> invited)
    {
        var check = new Check();
        if (state == MeetingState.Closed)
            return check.Add(MeetingErrors.Closed("meetingId"));
        if (string.IsNullOrWhiteSpace(input.PersonId))
            check.Add(Errors.Required("personId"));
        if (state == MeetingState.Planned && input.Status != AttendanceStatus.Excused)
            check.Add(MeetingErrors.OnlyExcusedBeforeOpening("status"));

        var isInvited = invited.Any(p => p.PersonId == input.PersonId);
        var substitute = string.IsNullOrWhiteSpace(input.SubstituteForPersonId) ? null : input.SubstituteForPersonId.Trim();
        if (substitute is not null && input.Guest)
            check.Add(Errors.Invalid("guest", "Velg enten vikar eller gjest, ikke begge.", "Choose either substitute or guest, not both."));
        else if (substitute is not null)
        {
            if (isInvited)
                check.Add(Errors.Invalid("substituteForPersonId",
                    "Personen er selv invitert og registreres uten å være vikar.", "The person is invited themselves and is recorded without being a substitute."));
            else if (substitute == input.PersonId || invited.All(p => p.PersonId != substitute))
                check.Add(Errors.Invalid("substituteForPersonId",
                    "Den det vikarieres for, må være invitert til samlingen.", "The person substituted for must be invited to the meeting."));
        }
        else if (input.Guest)
        {
            if (isInvited)
                check.Add(Errors.Invalid("guest", "Personen er invitert og er ikke gjest.", "The person is invited and is not a guest."));
        }
        else if (!isInvited && !string.IsNullOrWhiteSpace(input.PersonId))
        {
            check.Add(MeetingErrors.NotInvited("personId"));
        }

        if ((substitute is not null || input.Guest) && !isInvited && input.Status != AttendanceStatus.Present)
            check.Add(Errors.Invalid("status",
                "En vikar eller gjest registreres fordi de kom: status må være «til stede».",
                "A substitute or guest is recorded because they came: the status must be present."));
        return check;
    }
}
