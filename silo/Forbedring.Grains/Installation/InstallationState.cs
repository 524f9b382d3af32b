namespace Forbedring.Grains.Installation;

public sealed class InstallationState
{
    public DateTimeOffset? FirstStartedAt { get; set; }
    public DateTimeOffset? LastStartedAt { get; set; }
    public int Starts { get; set; }
    public string? Release { get; set; }
}
