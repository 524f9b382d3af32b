using Forbedring.Abstractions.Live;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.GraphQL.Live;

/// <summary>The meeting's live events, over the event stream (graphql-sse); the same access rule as reading the meeting.</summary>
public sealed class MeetingEventFields(MeetingEventFeed feed) : ISubscriptionContributor
{
    public void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<MeetingEventType>, MeetingEvent>("meetingEvents")
            .Requires(Permission.ReadNetwork, On.Meeting("meetingId"))
            .Description("Everything that changes at the meeting, as it happens: voting, cards, attendance, learnings. Send with Accept: text/event-stream.")
            .Argument<NonNullGraphType<IdGraphType>>("meetingId")
            .ResolveStream(context =>
            {
                var demand = FieldAccess.RuleOf(context.FieldDefinition)!(new AccessArguments(context.Arguments));
                var services = context.RequestServices!;
                // A new decider each time: the request's own caches what it read when the stream began.
                Task<bool> StillAllowed() => ActivatorUtilities.CreateInstance<AccessDecider>(services).AllowsAsync(demand);
                return feed.Watch(context.GetArgument<string>("meetingId"), CallerContext.Of(context.User).PersonId, StillAllowed);
            });
    }
}
