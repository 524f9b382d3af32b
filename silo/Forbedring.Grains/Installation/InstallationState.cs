namespace Forbedring.Grains.Installation;

public sealed class InstallationState
{
    public DateTimeOffset? FirstStartedAt { get; set; }
    public DateTimeOffset? LastStartedAt { get; set; }
    public int Starts { get; set; }
    public string? Release { get; set; }

    /// <summary>The demo network loaded on first start, if any (see Forbedring.Hosting/InstallationStartup).</summary>
    public string? DemoNetworkId { get; set; }

    /// <summary>The account that became administrator as the first on the installation; registration without an invitation closes then.</summary>
    public string? FirstAdministrator { get; set; }
}
