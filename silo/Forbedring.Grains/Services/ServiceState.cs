using Forbedring.Abstractions.Services;

namespace Forbedring.Grains.Services;

public sealed class ServiceState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public string? Kind { get; set; }
    public string? Organisation { get; set; }
    public List<ServiceMembership> Members { get; set; } = [];
    public List<string> NetworkIds { get; set; } = [];
    public List<string> AreaIds { get; set; } = [];
    public int Version { get; set; }
}
