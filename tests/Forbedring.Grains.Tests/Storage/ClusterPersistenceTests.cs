using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Installation;
using Forbedring.Grains.Tests.Infrastructure;

namespace Forbedring.Grains.Tests.Storage;

public sealed class ClusterPersistenceTests
{
    [Fact]
    public async Task Grain_state_survives_stopping_the_whole_cluster_and_starting_a_new_one()
    {
        using var caller = CallerIdentity.Use("person_test");
        var prefix = TestStorage.UniquePrefix("Restart");

        InstallationInfo before;
        await using (var first = await TestClusters.StartAsync(prefix))
        {
            before = await first.Client.GetGrain<IInstallationGrain>(IInstallationGrain.Key).RecordStart("r1");
            await first.StopAllSilosAsync();
        }

        await using var second = await TestClusters.StartAsync(prefix);
        var grain = second.Client.GetGrain<IInstallationGrain>(IInstallationGrain.Key);
        var after = await grain.GetInfo();
        Assert.Equal(1, after.Starts);
        Assert.Equal(before.FirstStartedAt, after.FirstStartedAt);

        var again = await grain.RecordStart("r2");
        Assert.Equal(2, again.Starts);
        Assert.Equal(before.FirstStartedAt, again.FirstStartedAt);
        Assert.Equal("r2", again.Release);
    }

    [Fact]
    public async Task Grain_state_survives_a_killed_silo_in_a_two_silo_cluster()
    {
        using var caller = CallerIdentity.Use("person_test");
        var prefix = TestStorage.UniquePrefix("Kill");
        await using var cluster = await TestClusters.StartAsync(prefix, silos: 2);
        var grain = cluster.Client.GetGrain<IInstallationGrain>(IInstallationGrain.Key);
        await grain.RecordStart("before-kill");

        // Kill whichever silo hosts nothing special: the primary keeps membership; the grain may be on either.
        foreach (var silo in cluster.Silos.Skip(1).ToList())
            await cluster.KillSiloAsync(silo);

        var info = await grain.GetInfo();
        Assert.Equal(1, info.Starts);
        Assert.Equal("before-kill", info.Release);
    }
}
