using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Voting;

/// <summary>not open yet → open → closed; a closed round stays closed (its votes are what the group chose from).</summary>
public enum VotingState { NotOpen, Open, Closed }

/// <summary>How a round votes: each participant's votes, how many of them one card may take, and whether counts show before the round closes.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.VotingSettings")]
public sealed record VotingSettings(
    [property: Id(0)] int VotesPerPerson,
    [property: Id(1)] int MaxVotesPerCard,
    [property: Id(2)] bool ResultsWhileOpen)
{
    /// <summary>As in the workshop: two dots each, one per card, counts shown when the voting is over.</summary>
    public static readonly VotingSettings Default = new(2, 1, false);
}

/// <summary>Opens the meeting's voting; what is left out takes the default (<see cref="VotingSettings.Default"/>).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.OpenVotingInput")]
public sealed record OpenVotingInput(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] int? VotesPerPerson,
    [property: Id(2)] int? MaxVotesPerCard,
    [property: Id(3)] bool? ResultsWhileOpen);

/// <summary>An insight card proposed for the meeting's voting: a short title, and a description if it needs one.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.InsightCardInput")]
public sealed record InsightCardInput(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description);

/// <summary>Marks a card as chosen by the group (or not), with what fixing or keeping it should give the patients.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ChooseCardInput")]
public sealed record ChooseCardInput(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] string CardId,
    [property: Id(2)] bool Chosen,
    [property: Id(3)] string? ValueForPatients);

/// <summary>The meeting's voting as one person sees it: their own votes, and the counts only when they may be shown.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.VotingView")]
public sealed record VotingView(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] VotingState State,
    [property: Id(2)] VotingSettings Settings,
    [property: Id(3)] Stamp? Opened,
    [property: Id(4)] Stamp? Closed,
    [property: Id(5)] bool ResultsVisible,
    [property: Id(6)] int VotesCast,
    [property: Id(7)] int Voters,
    [property: Id(8)] int VotesLeft,
    [property: Id(9)] IReadOnlyList<InsightCardView> Cards);

/// <summary>One insight card. <see cref="Votes"/> is null while the results are hidden; <see cref="MyVotes"/> are the viewer's own.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.InsightCardView")]
public sealed record InsightCardView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description,
    [property: Id(3)] Stamp Proposed,
    [property: Id(4)] int? Votes,
    [property: Id(5)] int MyVotes,
    [property: Id(6)] bool Chosen,
    [property: Id(7)] string? ValueForPatients,
    [property: Id(8)] Stamp? ChosenBy);
