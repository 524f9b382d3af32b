using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Voting;

namespace Forbedring.Grains.Voting;

/// <summary>The round only: cards and votes are rows (<see cref="VoteStore"/>), so this stays a few hundred bytes.</summary>
public sealed class MeetingVotingState
{
    public VotingState State { get; set; }
    public VotingSettings Settings { get; set; } = VotingSettings.Default;
    public Stamp? Opened { get; set; }
    public Stamp? Closed { get; set; }
}
