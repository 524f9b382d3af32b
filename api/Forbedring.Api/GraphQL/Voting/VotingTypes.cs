using Forbedring.Abstractions.Voting;
using Forbedring.Api.GraphQL.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Voting;

public sealed class VotingStateType : EnumerationGraphType<VotingState>
{
    public VotingStateType()
    {
        Name = "VotingState";
        Description = "ikke åpnet → åpen → avsluttet";
    }
}

public sealed class MeetingVotingType : ObjectGraphType<VotingView>
{
    public MeetingVotingType()
    {
        Name = "MeetingVoting";
        Description = "The dot voting on insight cards at a meeting, as the caller sees it.";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<VotingStateType>>("state").Resolve(context => context.Source.State);
        Field<NonNullGraphType<IntGraphType>>("votesPerPerson").Resolve(context => context.Source.Settings.VotesPerPerson);
        Field<NonNullGraphType<IntGraphType>>("maxVotesPerCard").Resolve(context => context.Source.Settings.MaxVotesPerCard);
        Field<NonNullGraphType<BooleanGraphType>>("resultsWhileOpen").Resolve(context => context.Source.Settings.ResultsWhileOpen)
            .Description("Whether the counts show while the voting is open (else only once it has closed).");
        Field<StampType>("opened").Resolve(context => context.Source.Opened);
        Field<StampType>("closed").Resolve(context => context.Source.Closed);
        Field(x => x.ResultsVisible).Description("Whether the cards' counts are shown now.");
        Field(x => x.VotesCast).Description("Votes cast by everyone, on any card (shown even while the counts per card are hidden).");
        Field(x => x.Voters).Description("How many people have cast a vote.");
        Field(x => x.VotesLeft).Description("The caller's votes left.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCardType>>>>("cards").Resolve(context => context.Source.Cards)
            .Description("In the order they were proposed.");
    }
}

public sealed class InsightCardType : ObjectGraphType<InsightCardView>
{
    public InsightCardType()
    {
        Name = "InsightCard";
        Description = "An insight proposed for the meeting's voting.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<StampType>>("proposed").Resolve(context => context.Source.Proposed);
        Field(x => x.Votes, nullable: true).Description("Votes on the card; null while the counts are hidden.");
        Field(x => x.MyVotes).Description("The caller's votes on the card.");
        Field(x => x.Chosen).Description("Chosen by the group after the voting.");
        Field(x => x.ValueForPatients, nullable: true).Description("What fixing or keeping what the card describes should give the patients.");
        Field<StampType>("chosenBy").Resolve(context => context.Source.ChosenBy);
    }
}

public sealed class MeetingVotingPayloadType() : PayloadType<MeetingVotingType, VotingView>("MeetingVotingPayload", "voting");
