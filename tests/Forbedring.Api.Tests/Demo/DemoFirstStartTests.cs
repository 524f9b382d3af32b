using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Demo;

/// <summary>Demo:LoadOnFirstStart: the first start of an empty store loads the demo network, and a restart never loads it again.</summary>
public sealed class DemoFirstStartTests
{
    private const string Query = "{ installation { starts demoNetworkId } networks { id name } }";

    [Fact]
    public async Task The_first_start_loads_the_demo_once_and_a_restart_does_not_load_it_again()
    {
        var prefix = "TDemo" + Guid.NewGuid().ToString("N")[..10];
        string demoId;
        await using (var first = new ApiFactory(prefix, loadDemoOnFirstStart: true))
        {
            var (_, body) = await first.Admin().PostAsync(Query);
            var data = body.Data();
            Assert.Equal(1, data.GetProperty("installation").GetProperty("starts").GetInt32());
            demoId = data.GetProperty("installation").GetProperty("demoNetworkId").GetString()!;
            var network = Assert.Single(data.GetProperty("networks").EnumerateArray());
            Assert.Equal(demoId, network.Id());
            Assert.Equal("Læringsnettverk Gode overganger", network.GetProperty("name").GetString());
        }

        await using (var again = new ApiFactory(prefix, loadDemoOnFirstStart: true))
        {
            var (_, body) = await again.Admin().PostAsync(Query);
            var data = body.Data();
            Assert.Equal(2, data.GetProperty("installation").GetProperty("starts").GetInt32());
            Assert.Equal(demoId, data.GetProperty("installation").GetProperty("demoNetworkId").GetString());
            Assert.Equal(demoId, Assert.Single(data.GetProperty("networks").EnumerateArray()).Id());
        }
    }

    [Fact]
    public async Task With_the_setting_off_a_first_start_stays_empty()
    {
        await using var factory = new ApiFactory(null, loadDemoOnFirstStart: false);
        var (_, body) = await factory.Admin().PostAsync(Query);
        var data = body.Data();
        Assert.Equal(1, data.GetProperty("installation").GetProperty("starts").GetInt32());
        Assert.Null(data.GetProperty("installation").GetProperty("demoNetworkId").GetString());
        Assert.Equal(0, data.GetProperty("networks").GetArrayLength());
    }
}
