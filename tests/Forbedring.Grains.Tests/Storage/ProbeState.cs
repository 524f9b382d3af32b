using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Tests.Storage;

public sealed class ProbeState
{
    public string Name { get; set; } = "";
    public int Count { get; set; }
    public string? Payload { get; set; }
    public List<string> Items { get; set; } = [];
}

/// <summary>Version 2 of a state whose version-1 rows stored the name under "Title".</summary>
[StateVersion(2)]
public sealed class RenamedProbeState
{
    public string Name { get; set; } = "";
}
