using Forbedring.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Forbedring.Cluster.Tests;

[Trait("Category", "Cluster")]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_one_of_two_silos_loses_no_acknowledged_write_and_the_cluster_serves_again()
    {
        await using var topology = await Topology.StartAsync(silos: 2, output);
        try
        {
            using var session = await ApiSession.SignInAsync(topology.ApiUrl);
            var writers = await MeasureWriters.SetUpAsync(session, "Failover", writers: 6);

            writers.Start();
            await Task.Delay(TimeSpan.FromSeconds(4));
            var beforeKill = writers.Count(Outcome.Acknowledged);
            var kill = DateTime.UtcNow;
            topology.KillSilo(1);
            var recovery = await Recovery.WaitAsync(writers, kill, atLeast: TimeSpan.FromSeconds(8), bound: TimeSpan.FromSeconds(60));
            await writers.StopAsync();

            var failed = writers.Attempts.Where(a => a.Outcome == Outcome.Failed).ToList();
            var missing = await writers.MissingAcknowledgedAsync();
            output.WriteLine($"acknowledged {writers.Count(Outcome.Acknowledged)} ({beforeKill} before the kill), " +
                             $"retryable refusals {writers.Count(Outcome.Retryable)}, other failures {failed.Count}, " +
                             $"slowest attempt {writers.Attempts.Max(a => a.Took).TotalSeconds:F1} s, " +
                             $"serving again {recovery?.TotalSeconds:F1} s after the kill");

            Assert.True(beforeKill > 0, "Nothing was acknowledged before the kill.");
            Assert.Empty(missing);
            Assert.True(failed.Count == 0, "Failures that were not a clear retryable error:\n" + string.Join('\n', failed.Take(5).Select(f => f.Problem)));
            Assert.True(recovery is not null, "The cluster did not serve every writer again within 60 s of the kill.");
            Assert.True(writers.Attempts.Max(a => a.Took) < TimeSpan.FromSeconds(30), "A request hung instead of failing.");
        }
        catch
        {
            topology.WriteLogs();
            throw;
        }
    }
}
