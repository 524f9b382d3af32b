using Forbedring.Abstractions.Voting;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Voting;

/// <summary>
/// Dot voting at a meeting. Everyone who reads the meeting's network passes the access rule; the
/// grain then lets only the meeting's participants propose and vote (an invited service's staff,
/// not every reader), and answers the rest with NOT_A_PARTICIPANT.
/// </summary>
public sealed class VotingFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<MeetingVotingType>("meetingVoting")
            .Requires(Permission.ReadNetwork, On.Meeting("meetingId"))
            .Description("The meeting's dot voting on insight cards, with the caller's own votes.")
            .Argument<NonNullGraphType<IdGraphType>>("meetingId")
            .ResolveAsync(async context => await Voting(context.GetArgument<string>("meetingId")).Get(context.Actor().PersonId));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("openVoting")
            .Requires(Permission.ManageNetwork, On.Meeting("input.meetingId"))
            .Description("The facilitator opens the voting with its settings.")
            .Argument<NonNullGraphType<OpenVotingInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<OpenVotingInput>("input");
                return await Voting(input.MeetingId).Open(input, context.Actor());
            });

        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("closeVoting")
            .Requires(Permission.ManageNetwork, On.Meeting("input.meetingId"))
            .Description("The facilitator closes the voting; the counts show from then on.")
            .Argument<NonNullGraphType<VotingMeetingInputType>>("input")
            .ResolveAsync(async context => await Voting(context.GetArgument<VotingMeetingInput>("input").MeetingId).Close(context.Actor()));

        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("proposeInsightCard")
            .Requires(Permission.ReadNetwork, On.Meeting("input.meetingId"))
            .Description("A participant proposes an insight card (after the voting, only the facilitator).")
            .Argument<NonNullGraphType<ProposeInsightCardInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<InsightCardInput>("input");
                return await Voting(input.MeetingId).ProposeCard(input, context.Actor());
            });

        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("castVote")
            .Requires(Permission.ReadNetwork, On.Meeting("input.meetingId"))
            .Description("Puts one of the caller's votes on a card.")
            .Argument<NonNullGraphType<VoteInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<VoteInput>("input");
                return await Voting(input.MeetingId).CastVote(input.CardId, context.Actor());
            });

        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("withdrawVote")
            .Requires(Permission.ReadNetwork, On.Meeting("input.meetingId"))
            .Description("Takes one of the caller's votes on a card back while the voting is open.")
            .Argument<NonNullGraphType<VoteInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<VoteInput>("input");
                return await Voting(input.MeetingId).WithdrawVote(input.CardId, context.Actor());
            });

        mutation.Field<NonNullGraphType<MeetingVotingPayloadType>>("chooseInsightCard")
            .Requires(Permission.ManageNetwork, On.Meeting("input.meetingId"))
            .Description("After the voting, marks a card as chosen by the group (or not) and writes its value for patients.")
            .Argument<NonNullGraphType<ChooseInsightCardInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ChooseCardInput>("input");
                return await Voting(input.MeetingId).ChooseCard(input, context.Actor());
            });
    }

    private IMeetingVotingGrain Voting(string meetingId) => grains.GetGrain<IMeetingVotingGrain>(meetingId);
}
