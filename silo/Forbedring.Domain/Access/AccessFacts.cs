using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;

namespace Forbedring.Domain.Access;

/// <summary>
/// What a decision needs to know about the thing asked for: its network and service as they are
/// now, and for a service, the networks it takes part in. Anything not involved stays null/empty.
/// </summary>
public sealed record AccessFacts(
    NetworkView? Network = null,
    ServiceView? Service = null,
    IReadOnlyList<NetworkView>? NetworksOfService = null,
    IReadOnlyList<ServiceView>? ServicesOfNetwork = null,
    string? PersonId = null)
{
    public static readonly AccessFacts None = new();
}
