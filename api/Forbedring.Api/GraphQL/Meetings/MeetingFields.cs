using Forbedring.Abstractions.Meetings;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class MeetingFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<MeetingType>("meeting")
            .Requires(Permission.ReadNetwork, On.Meeting("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Meeting(context.GetArgument<string>("id")).Get());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemType>>>>("actionItems")
            .Requires(ActionItemsDemand)
            .Description("A person's action items from every meeting, open ones first by due date: for the person themselves; " +
                         "with networkId, only that network's, and then also for its facilitators.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<IdGraphType>("networkId")
            .ResolveAsync(async context =>
            {
                var items = await grains.GetGrain<IPersonActionItemsGrain>(context.GetArgument<string>("personId")).Get();
                return context.GetArgument<string?>("networkId") is { Length: > 0 } networkId ? items.Where(i => i.NetworkId == networkId).ToList() : items;
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeetingPayloadType>>("createMeeting")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Description("Plans a samling of the network; it starts as planned.")
            .Argument<NonNullGraphType<MeetingInputType>>("input")
            .ResolveAsync(async context => await Meeting(Ids.New("meeting"))
                .Create(context.GetArgument<MeetingInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<MeetingPayloadType>>("updateMeeting")
            .Requires(Permission.ManageNetwork, On.Meeting("input.id"))
            .Description("Edits title, times, place, video link, agenda and invited services. Refused with CHANGED_BY_SOMEONE_ELSE when the meeting " +
                         "was saved since expectedVersion, and with MEETING_CLOSED while it is closed.")
            .Argument<NonNullGraphType<UpdateMeetingInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateMeetingInput>("input");
                return await Meeting(input.Id).Update(input.Details, input.ExpectedVersion, context.Actor());
            });
        StateChange(mutation, "openMeeting", "Planned → open: the meeting is under way. Opening an open meeting changes nothing.",
            (meeting, version, actor) => meeting.Open(version, actor));
        StateChange(mutation, "closeMeeting", "Open → closed: the content and the minutes are fixed as they are now.",
            (meeting, version, actor) => meeting.Close(version, actor));
        StateChange(mutation, "reopenMeeting", "Closed → open, to correct it; close it again to fix the minutes anew.",
            (meeting, version, actor) => meeting.Reopen(version, actor));
        mutation.Field<NonNullGraphType<AttendancePayloadType>>("recordAttendance")
            .Requires(RecordAttendanceDemand)
            .Description("Records one person's attendance (present, absent, excused); a correction keeps the earlier record in the history. " +
                         "Facilitators record anyone; a person may record their own.")
            .Argument<NonNullGraphType<RecordAttendanceInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RecordAttendanceInput>("input");
                return await Meeting(input.MeetingId).RecordAttendance(input.Attendance, context.Actor());
            });
        mutation.Field<NonNullGraphType<ActionItemPayloadType>>("addActionItem")
            .Requires(Permission.ManageNetwork, On.Meeting("input.meetingId"))
            .Description("Adds an action item (what, who, by when) to a meeting that is not closed.")
            .Argument<NonNullGraphType<AddActionItemInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AddActionItemInput>("input");
                return await Meeting(input.MeetingId).AddActionItem(input.Item, context.Actor());
            });
        mutation.Field<NonNullGraphType<ActionItemPayloadType>>("completeActionItem")
            .Requires(CompleteActionItemDemand)
            .Description("Marks an action item done (or, with done: false, not done); also after the meeting is closed. " +
                         "For the network's facilitators and the person it is assigned to.")
            .Argument<NonNullGraphType<CompleteActionItemInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CompleteActionItemInput>("input");
                return await Meeting(input.MeetingId).CompleteActionItem(input.ActionItemId, input.Done ?? true, context.Actor());
            });
    }

    private void StateChange(ObjectGraphType mutation, string name, string description, Func<IMeetingGrain, int?, Abstractions.Common.Actor, Task<Abstractions.Common.Result<MeetingView>>> change) =>
        mutation.Field<NonNullGraphType<MeetingPayloadType>>(name)
            .Requires(Permission.ManageNetwork, On.Meeting("input.id"))
            .Description(description)
            .Argument<NonNullGraphType<MeetingStateInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<MeetingStateInput>("input");
                return await change(Meeting(input.Id), input.ExpectedVersion, context.Actor());
            });

    private IMeetingGrain Meeting(string id) => grains.GetGrain<IMeetingGrain>(id);

    /// <summary>The facilitator records anyone; a person their own attendance, at a meeting of a network they read.</summary>
    private static Demand RecordAttendanceDemand(AccessArguments args) =>
        new(Permission.ManageNetwork, On.Meeting("input.meetingId")(args))
        {
            OrElse = new Demand(Permission.Self, On.Person("input.personId")(args))
            {
                AndAlso = [new Demand(Permission.ReadNetwork, On.Meeting("input.meetingId")(args))],
            },
        };

    /// <summary>The facilitator, or the person the item is assigned to: it is theirs to do.</summary>
    private static Demand CompleteActionItemDemand(AccessArguments args) =>
        new(Permission.ManageNetwork, On.Meeting("input.meetingId")(args))
        {
            OrElse = new Demand(Permission.Self, On.ActionItem("input.meetingId", "input.actionItemId")(args)),
        };

    /// <summary>Someone's own items anywhere; a network's facilitators see the items from that network only.</summary>
    private static Demand ActionItemsDemand(AccessArguments args)
    {
        var self = new Demand(Permission.Self, On.Person("personId")(args));
        return On.Network("networkId")(args) is { } network ? new Demand(Permission.ManageNetwork, network) { OrElse = self } : self;
    }
}
