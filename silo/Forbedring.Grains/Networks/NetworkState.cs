using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;

namespace Forbedring.Grains.Networks;

public sealed class NetworkState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public string? Theme { get; set; }
    public string? Description { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public List<FocusArea> FocusAreas { get; set; } = [];
    public List<NetworkServiceLink> Services { get; set; } = [];
    public List<NetworkMembership> Members { get; set; } = [];
    public List<string> AreaIds { get; set; } = [];
    public List<string> MeetingIds { get; set; } = [];
    public bool Archived { get; set; }
    public int StalledAfterWeeks { get; set; }
    public int Version { get; set; }
    public Stamp? Created { get; set; }
}
