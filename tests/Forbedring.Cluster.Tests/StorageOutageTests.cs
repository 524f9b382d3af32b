using System.Net;
using Forbedring.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Forbedring.Cluster.Tests;

[Trait("Category", "Cluster")]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Azurite_stopped_under_load_gives_storage_unavailable_and_everything_recovers_when_it_returns()
    {
        await using var topology = await Topology.StartAsync(silos: 1, output);
        try
        {
            using var session = await ApiSession.SignInAsync(topology.ApiUrl);
            var writers = await MeasureWriters.SetUpAsync(session, "Lagringsbrudd", writers: 4);

            writers.Start();
            await Task.Delay(TimeSpan.FromSeconds(3));
            var stop = DateTime.UtcNow;
            await topology.StopAzuriteAsync();
            await Task.Delay(TimeSpan.FromSeconds(5));
            var readinessWhileDown = await topology.ReadinessAsync();
            var refusedWhileDown = writers.Attempts.Where(a => a.At > stop + TimeSpan.FromSeconds(1) && a.Finished < DateTime.UtcNow).ToList();

            var restart = DateTime.UtcNow;
            await topology.StartAzuriteAsync();
            var recovery = await Recovery.WaitAsync(writers, restart, atLeast: TimeSpan.FromSeconds(3), bound: TimeSpan.FromSeconds(45));
            await writers.StopAsync();
            var readinessAfter = await topology.ReadinessAsync();

            var failed = writers.Attempts.Where(a => a.Outcome == Outcome.Failed).ToList();
            var missing = await writers.MissingAcknowledgedAsync();
            output.WriteLine($"acknowledged {writers.Count(Outcome.Acknowledged)}, storage-unavailable refusals {writers.Count(Outcome.Retryable)}, " +
                             $"other failures {failed.Count}, slowest attempt {writers.Attempts.Max(a => a.Took).TotalSeconds:F1} s, " +
                             $"readiness while down {(int)readinessWhileDown}, serving again {recovery?.TotalSeconds:F1} s after Azurite restarted");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, readinessWhileDown);
            Assert.NotEmpty(refusedWhileDown);
            Assert.All(refusedWhileDown, a => Assert.True(a.Outcome == Outcome.Retryable, $"While storage was down: {a.Outcome} {a.Problem}"));
            Assert.True(failed.Count == 0, "Failures that were not a clear retryable error:\n" + string.Join('\n', failed.Take(5).Select(f => f.Problem)));
            Assert.True(writers.Attempts.Max(a => a.Took) < TimeSpan.FromSeconds(20), "A request hung instead of failing.");
            Assert.True(recovery is not null, "Writes did not succeed again within 45 s of Azurite's return.");
            Assert.Equal(HttpStatusCode.OK, readinessAfter);
            Assert.Empty(missing);
        }
        catch
        {
            topology.WriteLogs();
            throw;
        }
    }
}
