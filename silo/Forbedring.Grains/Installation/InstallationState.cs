namespace Forbedring.Grains.Installation;

public sealed class InstallationState
{
    public DateTimeOffset? FirstStartedAt { get; set; }
    public DateTimeOffset? LastStartedAt { get; set; }
    public int Starts { get; set; }
    public string? Release { get; set; }

    /// <summary>The demo network loaded on first start, if any (see Forbedring.Hosting/InstallationStartup).</summary>
    public string? DemoNetworkId { get; set; }

    /// <summary>The people who administer the installation; the first to register became one, and registration without an invitation closed then.</summary>
    public List<string> Administrators { get; set; } = [];
}
