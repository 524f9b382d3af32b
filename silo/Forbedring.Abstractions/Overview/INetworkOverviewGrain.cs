namespace Forbedring.Abstractions.Overview;

/// <summary>Builds a network's overview from its services, areas, measures and cycles; keyed by the network id.</summary>
[Alias("Forbedring.INetworkOverviewGrain")]
public interface INetworkOverviewGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<NetworkOverview?> Get();
}
