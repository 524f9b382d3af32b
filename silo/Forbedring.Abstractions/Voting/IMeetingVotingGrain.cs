using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Voting;

/// <summary>
/// The dot voting on insight cards at one meeting, keyed by the meeting's id. Cards and votes are
/// rows of their own; the grain keeps the round and counts them in memory. Every change returns
/// the voting as the actor sees it.
/// </summary>
[Alias("Forbedring.IMeetingVotingGrain")]
public interface IMeetingVotingGrain : IGrainWithStringKey
{
    /// <summary>The voting as <paramref name="viewerId"/> sees it (their votes left and on each card); null when the meeting does not exist.</summary>
    [Alias("Get")] Task<VotingView?> Get(string? viewerId);

    /// <summary>The cards the group chose, each with all its votes (for the minutes, whatever the counts' visibility).</summary>
    [Alias("Chosen")] Task<IReadOnlyList<InsightCardView>> Chosen();

    /// <summary>The facilitator opens the round with its settings; opening an open round again with the same settings changes nothing.</summary>
    [Alias("Open")] Task<Result<VotingView>> Open(OpenVotingInput input, Actor actor);

    /// <summary>The facilitator closes the round; the counts are shown from then on. Closing a closed round changes nothing.</summary>
    [Alias("Close")] Task<Result<VotingView>> Close(Actor actor);

    /// <summary>A participant proposes a card before or during the voting; after it, only the facilitator (the group's new card).</summary>
    [Alias("ProposeCard")] Task<Result<VotingView>> ProposeCard(InsightCardInput input, Actor actor);

    /// <summary>One of the participant's votes on the card, within their allowance and the card's limit, while the round is open.</summary>
    [Alias("CastVote")] Task<Result<VotingView>> CastVote(string cardId, Actor actor);

    /// <summary>Takes one of the participant's votes on the card back, while the round is open.</summary>
    [Alias("WithdrawVote")] Task<Result<VotingView>> WithdrawVote(string cardId, Actor actor);

    /// <summary>The facilitator marks a card as chosen (or not) once the voting is closed, and writes its value for patients.</summary>
    [Alias("ChooseCard")] Task<Result<VotingView>> ChooseCard(ChooseCardInput input, Actor actor);
}
