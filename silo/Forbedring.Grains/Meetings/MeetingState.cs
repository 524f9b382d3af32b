using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;

namespace Forbedring.Grains.Meetings;

public sealed class MeetingGrainState
{
    public bool Exists { get; set; }
    public string NetworkId { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public string? Agenda { get; set; }
    public MeetingState State { get; set; }
    public List<string> InvitedServiceIds { get; set; } = [];
    public int Version { get; set; }
    public Stamp? Created { get; set; }

    /// <summary>Who closed the meeting and when; cleared when it is reopened.</summary>
    public Stamp? Closed { get; set; }
}
