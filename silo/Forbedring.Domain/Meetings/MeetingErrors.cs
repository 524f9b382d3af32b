using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;

namespace Forbedring.Domain.Meetings;

/// <summary>The user errors particular to meetings, with their text in bokmål and English.</summary>
public static class MeetingErrors
{
    public const string ClosedCode = "MEETING_CLOSED";
    public const string NotInvitedCode = "NOT_INVITED";

    public static UserError Closed(string field) =>
        new(ClosedCode, field,
            "Samlingen er lukket, og innholdet ligger fast. En fasilitator kan gjenåpne den for å rette.",
            "The meeting is closed and its content is fixed. A facilitator may reopen it to make corrections.");

    public static UserError StateChange(string field, MeetingState from, MeetingStep step) =>
        new("STATUS_TRANSITION", field,
            $"En {Nb(from)} samling kan ikke {Nb(step)} (planlagt → åpen → lukket; en lukket samling kan gjenåpnes).",
            $"A {En(from)} meeting cannot be {En(step)} (planned → open → closed; a closed meeting may be reopened).");

    private static string Nb(MeetingStep step) => step switch
    {
        MeetingStep.Open => "åpnes",
        MeetingStep.Close => "lukkes",
        _ => "gjenåpnes",
    };

    private static string En(MeetingStep step) => step switch
    {
        MeetingStep.Open => "opened",
        MeetingStep.Close => "closed",
        _ => "reopened",
    };

    public static UserError NotInvited(string field) =>
        new(NotInvitedCode, field,
            "Personen er ikke invitert til samlingen. Registrer personen som vikar for en som er invitert, eller som gjest.",
            "The person is not invited to the meeting. Record them as a substitute for someone invited, or as a guest.");

    public static UserError OnlyExcusedBeforeOpening(string field) =>
        new("NOT_OPEN_YET", field,
            "Før samlingen er åpnet kan bare forfall registreres.",
            "Until the meeting is opened, only apologies (excused) can be recorded.");

    public static string Nb(MeetingState state) => state switch
    {
        MeetingState.Planned => "planlagt",
        MeetingState.Open => "åpen",
        _ => "lukket",
    };

    public static string En(MeetingState state) => state switch
    {
        MeetingState.Planned => "planned",
        MeetingState.Open => "open",
        _ => "closed",
    };
}
