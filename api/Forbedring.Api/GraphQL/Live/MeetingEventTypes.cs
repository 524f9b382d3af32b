using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;
using Forbedring.Abstractions.Voting;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Voting;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Live;

public sealed class MeetingEventKindType : EnumerationGraphType<MeetingEventKind>
{
    public MeetingEventKindType()
    {
        Name = "MeetingEventKind";
        Description = "What happened at the meeting. SUBSCRIBED comes first on every subscription: the screen is live from then on.";
    }
}

public sealed class MeetingEventType : ObjectGraphType<MeetingEvent>
{
    public MeetingEventType(IGrainFactory grains)
    {
        Name = "MeetingEvent";
        Description = "Something changed at a meeting: a hint to refresh, carrying ids only.";
        Field<NonNullGraphType<MeetingEventKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.At);
        Field<StampType>("by").Description("Who did it; null on SUBSCRIBED.")
            .Resolve(context => context.Source.By is { } by ? Stamp.Of(by, context.Source.At) : null);
        Field(x => x.SubjectId, type: typeof(IdGraphType))
            .Description("The card, attendance or learning the event is about; null on a vote while the counts are hidden.");
        // Resolved for each subscriber as themselves (their own votes left), at the moment of the event.
        Field<MeetingVotingType>("voting").Description("The meeting's voting as the subscriber sees it now.")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingVotingGrain>(context.Source.MeetingId).Get(CallerContext.Of(context.User).PersonId));
    }
}
