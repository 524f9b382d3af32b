using Forbedring.Abstractions.Voting;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Voting;

/// <summary>The meeting a voting change is about, where nothing else is needed.</summary>
public sealed record VotingMeetingInput(string MeetingId);

/// <summary>One vote, cast or withdrawn.</summary>
public sealed record VoteInput(string MeetingId, string CardId);

public sealed class OpenVotingInputType : InputObjectGraphType<OpenVotingInput>
{
    public OpenVotingInputType()
    {
        Name = "OpenVotingInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.VotesPerPerson, nullable: true).Description("Each participant's votes; 2 when left out.");
        Field(x => x.MaxVotesPerCard, nullable: true).Description("How many of one person's votes a card may take; 1 when left out.");
        Field(x => x.ResultsWhileOpen, nullable: true).Description("Show the counts while the voting is open; false when left out.");
    }
}

public sealed class VotingMeetingInputType : InputObjectGraphType<VotingMeetingInput>
{
    public VotingMeetingInputType()
    {
        Name = "CloseVotingInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class ProposeInsightCardInputType : InputObjectGraphType<InsightCardInput>
{
    public ProposeInsightCardInputType()
    {
        Name = "ProposeInsightCardInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title).Description("Short: what the insight says.");
        Field(x => x.Description, nullable: true);
    }
}

public sealed class VoteInputType : InputObjectGraphType<VoteInput>
{
    public VoteInputType()
    {
        Name = "VoteInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CardId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class ChooseInsightCardInputType : InputObjectGraphType<ChooseCardInput>
{
    public ChooseInsightCardInputType()
    {
        Name = "ChooseInsightCardInput";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CardId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Chosen, nullable: true).DefaultValue(true).Description("False takes the choice back.");
        Field(x => x.ValueForPatients, nullable: true);
    }
}
