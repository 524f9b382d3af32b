using Forbedring.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Forbedring.Grains.Tests.Infrastructure;

/// <summary>Real in-process Orleans clusters whose grains persist to the test Azurite.</summary>
public static class TestClusters
{
    public static IConfiguration Configuration(string tablePrefix) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:Membership"] = "Provided",
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            // The audit tests append one line after another and wait for each: no gathering.
            ["Audit:Linger"] = "00:00:00",
        })
        .Build();

    public static async Task<InProcessTestCluster> StartAsync(string tablePrefix, short silos = 1)
    {
        var configuration = Configuration(tablePrefix);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.AddForbedring(configuration));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
