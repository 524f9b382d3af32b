using Forbedring.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Forbedring.Cluster.Tests;

[Trait("Category", "Cluster")]
public sealed class RestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Restarting_the_whole_system_brings_all_data_back()
    {
        await using var topology = await Topology.StartAsync(silos: 2, output);
        try
        {
            string measureId;
            IReadOnlySet<string> before;
            using (var session = await ApiSession.SignInAsync(topology.ApiUrl))
            {
                var writers = await MeasureWriters.SetUpAsync(session, "Omstart", writers: 2);
                writers.Start();
                await Task.Delay(TimeSpan.FromSeconds(3));
                await writers.StopAsync();
                Assert.Equal(0, writers.Count(Outcome.Failed) + writers.Count(Outcome.Retryable));
                measureId = writers.Attempts.First().MeasureId;
                before = await session.PeriodsAsync(measureId);
                Assert.NotEmpty(before);
            }

            await topology.StopAllAsync();
            await topology.StartAllAgainAsync(silos: 2);

            // The same account signs in again (its password and sessions live in the store), and its data is there.
            using var again = await ApiSession.SignInAsync(topology.ApiUrl);
            var after = await again.PeriodsAsync(measureId);
            var network = await again.Api.SendAsync("{ networks { name } }");
            output.WriteLine($"{before.Count} points before the restart, {after.Count} after");

            Assert.Equal(before.Order(), after.Order());
            Assert.Contains(network.GetProperty("networks").EnumerateArray(), n => n.GetProperty("name").GetString() == "Omstart");
        }
        catch
        {
            topology.WriteLogs();
            throw;
        }
    }
}
