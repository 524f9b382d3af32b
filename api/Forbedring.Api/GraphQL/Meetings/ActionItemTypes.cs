using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.People;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.People;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class ActionItemType : ObjectGraphType<ActionItem>
{
    public ActionItemType(IGrainFactory grains)
    {
        Name = "ActionItem";
        Description = "An oppfølgingspunkt from a meeting: what, who, by when, done.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<MeetingType>("meeting").Description("Null for a caller who may not read the meeting's network (e.g. the assignee after leaving it).")
            .ResolveAsync(async c => await grains.GetGrain<IMeetingGrain>(c.Source.MeetingId).Get());
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.What);
        Field(x => x.AssigneeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("assignee").ResolveAsync(async c => await grains.GetGrain<IPersonGrain>(c.Source.AssigneeId).Get());
        Field(x => x.Due, nullable: true);
        Field(x => x.Done);
        Field<NonNullGraphType<StampType>>("created").Resolve(c => c.Source.Created);
        Field<StampType>("doneChanged").Description("Who last marked it done or not done, and when.").Resolve(c => c.Source.DoneChanged);
    }
}

public sealed class ActionItemPayloadType() : PayloadType<ActionItemType, ActionItem>("ActionItemPayload", "actionItem");
