namespace Forbedring.Abstractions.Installation;

/// <summary>
/// The installation itself (one per deployment, key <see cref="Key"/>): when it first started and
/// which one-time set-up steps have run, so a restart can tell a new store from an old one.
/// </summary>
[Alias("Forbedring.IInstallationGrain")]
public interface IInstallationGrain : IGrainWithStringKey
{
    public const string Key = "installation";

    /// <summary>Records the first start (only once) and returns what is known.</summary>
    [Alias("RecordStart")]
    Task<InstallationInfo> RecordStart(string release);

    [Alias("GetInfo")]
    Task<InstallationInfo> GetInfo();

    /// <summary>Records that the demo network was loaded on first start, so no later start loads it again.</summary>
    [Alias("RecordDemoLoaded")]
    Task<InstallationInfo> RecordDemoLoaded(string networkId);

    /// <summary>
    /// Makes the given person the installation's administrator if there is none yet (the first
    /// person on an empty installation); true when it did. Demo accounts never claim it.
    /// </summary>
    [Alias("ClaimAdministrator")]
    Task<bool> ClaimAdministrator(string personId);

    [Alias("HasAdministrator")]
    Task<bool> HasAdministrator();

    /// <summary>Whether the person administers this installation (the one place that says so).</summary>
    [Alias("IsAdministrator")]
    Task<bool> IsAdministrator(string personId);
}

[GenerateSerializer, Immutable, Alias("Forbedring.InstallationInfo")]
public sealed record InstallationInfo(
    [property: Id(0)] DateTimeOffset? FirstStartedAt,
    [property: Id(1)] DateTimeOffset? LastStartedAt,
    [property: Id(2)] int Starts,
    [property: Id(3)] string? Release,
    [property: Id(4)] string? DemoNetworkId);
