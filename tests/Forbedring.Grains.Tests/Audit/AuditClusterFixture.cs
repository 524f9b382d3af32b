using Azure.Data.Tables;
using Forbedring.Grains.Tests.Infrastructure;
using Orleans.TestingHost;

namespace Forbedring.Grains.Tests.Audit;

/// <summary>One real cluster for the audit tests (each test uses logs of its own) and its audit table.</summary>
public sealed class AuditClusterFixture : IAsyncLifetime
{
    private readonly string prefix = TestStorage.UniquePrefix("Audit");

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The table itself, to check what really was written.</summary>
    public TableClient Table => TestStorage.Client().GetTableClient(prefix + "AuditLog");

    public async Task InitializeAsync() => Cluster = await TestClusters.StartAsync(prefix);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
