using Forbedring.Abstractions.Meetings;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class MeetingInputType : InputObjectGraphType<MeetingInput>
{
    public MeetingInputType()
    {
        Name = "MeetingInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt, nullable: true);
        Field(x => x.Place, nullable: true);
        Field(x => x.VideoLink, nullable: true);
        Field(x => x.Agenda, nullable: true).Description("Markdown.");
        Field(x => x.InvitedServiceIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Leave out to invite every service in the network now.");
    }
}

public sealed record UpdateMeetingInput(
    string Id, int ExpectedVersion, string Title, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string? Place, string? VideoLink, string? Agenda,
    IReadOnlyList<string>? InvitedServiceIds)
{
    public MeetingDetails Details => new(Title, StartsAt, EndsAt, Place, VideoLink, Agenda, InvitedServiceIds);
}

public sealed class UpdateMeetingInputType : InputObjectGraphType<UpdateMeetingInput>
{
    public UpdateMeetingInputType()
    {
        Name = "UpdateMeetingInput";
        Description = "Replaces the meeting's details. Refused while the meeting is closed.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The version you edited; a save over a newer one is refused.");
        Field(x => x.Title);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt, nullable: true);
        Field(x => x.Place, nullable: true);
        Field(x => x.VideoLink, nullable: true);
        Field(x => x.Agenda, nullable: true).Description("Markdown.");
        Field(x => x.InvitedServiceIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Leave out to keep the services invited; an empty list invites every service in the network now.");
    }
}

public sealed record MeetingStateInput(string Id, int? ExpectedVersion);

public sealed class MeetingStateInputType : InputObjectGraphType<MeetingStateInput>
{
    public MeetingStateInputType()
    {
        Name = "MeetingStateInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion, nullable: true).Description("Optional: refuse the change if someone else saved since.");
    }
}

public sealed record RecordAttendanceInput(string MeetingId, string PersonId, AttendanceStatus Status, string? SubstituteForPersonId, bool? Guest)
{
    public AttendanceInput Attendance => new(PersonId, Status, SubstituteForPersonId, Guest ?? false);
}

public sealed class RecordAttendanceInputType : InputObjectGraphType<RecordAttendanceInput>
{
    public RecordAttendanceInputType()
    {
        Name = "RecordAttendanceInput";
        Description = "Someone not invited is recorded as a substitute for an invited person, or as a guest, and only as present.";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<AttendanceStatusType>));
        Field(x => x.SubstituteForPersonId, type: typeof(IdGraphType)).Description("The invited person this one stands in for.");
        Field(x => x.Guest, nullable: true).Description("Came without being invited or standing in for anyone.");
    }
}

public sealed record AddActionItemInput(string MeetingId, string What, string AssigneeId, DateOnly? Due)
{
    public ActionItemInput Item => new(What, AssigneeId, Due);
}

public sealed class AddActionItemInputType : InputObjectGraphType<AddActionItemInput>
{
    public AddActionItemInputType()
    {
        Name = "AddActionItemInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.What);
        Field(x => x.AssigneeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Someone invited to the meeting or recorded at it.");
        Field(x => x.Due, nullable: true).Description("No earlier than the meeting's day.");
    }
}

public sealed record CompleteActionItemInput(string MeetingId, string ActionItemId, bool? Done);

public sealed class CompleteActionItemInputType : InputObjectGraphType<CompleteActionItemInput>
{
    public CompleteActionItemInputType()
    {
        Name = "CompleteActionItemInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ActionItemId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Done, nullable: true).Description("Defaults to true; false opens the item again.");
    }
}
