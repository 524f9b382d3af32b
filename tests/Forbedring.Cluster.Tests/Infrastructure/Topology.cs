using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Forbedring.Cluster.Tests.Infrastructure;

/// <summary>
/// The deployment of docker-compose.yml as processes on 127.0.0.1: Azurite's table service, redis-server
/// for membership, silos (Forbedring.Silo) and the api as an Orleans client (Orleans:Mode=Client),
/// each on free ports, with data and logs in a temporary folder that outlives restarts of the processes.
/// </summary>
public sealed class Topology : IAsyncDisposable
{
    // Generous: under `dotnet test Forbedring.sln` the other suites share the two cores.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ITestOutputHelper output;
    private readonly string directory = Directory.CreateTempSubdirectory("forbedring-cluster-").FullName;
    private readonly int azuritePort = ChildProcess.FreePort();
    private readonly int redisPort = ChildProcess.FreePort();
    private readonly int apiPort = ChildProcess.FreePort();
    private readonly Dictionary<int, (int Http, int Silo, int Gateway)> siloPorts = [];
    private readonly Dictionary<int, ChildProcess> silos = [];
    private readonly List<ChildProcess> finished = [];
    private ChildProcess? azurite;
    private ChildProcess? redis;
    private ChildProcess? api;

    private Topology(ITestOutputHelper output) => this.output = output;

    public Uri ApiUrl => new($"http://127.0.0.1:{apiPort}");

    public string StorageConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevKey};TableEndpoint=http://127.0.0.1:{azuritePort}/devstoreaccount1;";

    /// <summary>Storage, Redis, <paramref name="silos"/> silos and the api, ready to serve.</summary>
    public static async Task<Topology> StartAsync(int silos, ITestOutputHelper output)
    {
        var topology = new Topology(output);
        try
        {
            var started = Stopwatch.StartNew();
            await topology.StartAzuriteAsync();
            await topology.StartRedisAsync();
            await Task.WhenAll(Enumerable.Range(0, silos).Select(topology.StartSiloAsync));
            await topology.StartApiAsync();
            output.WriteLine($"topology with {silos} silo(s) ready in {started.Elapsed.TotalSeconds:F1} s");
            return topology;
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }
    }

    public async Task StartAzuriteAsync()
    {
        var data = Path.Combine(directory, "azurite");
        Directory.CreateDirectory(data);
        azurite = ChildProcess.Start("azurite", Repository.AzuriteTable,
            ["--tableHost", "127.0.0.1", "--tablePort", azuritePort.ToString(), "--location", data,
             "--skipApiVersionCheck", "--disableTelemetry", "--silent"], directory);
        await ChildProcess.WaitForPortAsync(azuritePort, "Azurite", StartTimeout);
    }

    /// <summary>SIGINT, as the project's scripts do: Azurite writes its store before it exits.</summary>
    public async Task StopAzuriteAsync()
    {
        if (azurite is null) return;
        await azurite.InterruptAsync(TimeSpan.FromSeconds(15));
        Retire(ref azurite);
    }

    private async Task StartRedisAsync()
    {
        redis = ChildProcess.Start("redis", Repository.RedisServer,
            ["--bind", "127.0.0.1", "--port", redisPort.ToString(), "--save", "", "--appendonly", "no", "--daemonize", "no"], directory);
        await ChildProcess.WaitForPortAsync(redisPort, "redis-server", StartTimeout);
    }

    public async Task StartSiloAsync(int index)
    {
        if (!siloPorts.TryGetValue(index, out var ports))
            siloPorts[index] = ports = (ChildProcess.FreePort(), ChildProcess.FreePort(), ChildProcess.FreePort());
        var environment = CommonSettings();
        environment["Orleans__SiloPort"] = ports.Silo.ToString();
        environment["Orleans__GatewayPort"] = ports.Gateway.ToString();
        environment["Orleans__AdvertisedHost"] = "127.0.0.1";
        var silo = ChildProcess.Start($"silo{index}", "dotnet",
            [Repository.SiloDll, "--contentRoot", Repository.SiloContentRoot, "--urls", $"http://127.0.0.1:{ports.Http}"], directory, environment);
        lock (silos) silos[index] = silo;
        // The silo's web host starts after the silo has joined the cluster.
        await WaitForHealthAsync(ports.Http, "/health/live", $"silo {index}", silo);
    }

    /// <summary>SIGKILL: the silo vanishes without leaving the cluster, as on a crash or a lost machine.</summary>
    public void KillSilo(int index)
    {
        var silo = silos[index];
        silo.Kill();
        silos.Remove(index);
        finished.Add(silo);
    }

    public async Task StartApiAsync()
    {
        var environment = CommonSettings();
        environment["Orleans__Mode"] = "Client";
        api = ChildProcess.Start("api", "dotnet",
            [Repository.ApiDll, "--contentRoot", Repository.ApiContentRoot, "--urls", ApiUrl.ToString()], directory, environment);
        await WaitForHealthAsync(apiPort, "/health/ready", "the api", api);
    }

    /// <summary>Everything stopped gracefully, in the order the scripts use: api, silos, then storage.</summary>
    public async Task StopAllAsync()
    {
        if (api is not null)
        {
            await api.TerminateAsync(TimeSpan.FromSeconds(20));
            Retire(ref api);
        }
        await Task.WhenAll(silos.Values.Select(s => s.TerminateAsync(TimeSpan.FromSeconds(20))));
        finished.AddRange(silos.Values);
        silos.Clear();
        await StopAzuriteAsync();
        if (redis is not null)
        {
            await redis.TerminateAsync(TimeSpan.FromSeconds(10));
            Retire(ref redis);
        }
    }

    /// <summary>Storage, Redis, the same silos and the api again, on the data the first run left.</summary>
    public async Task StartAllAgainAsync(int silos)
    {
        await StartAzuriteAsync();
        await StartRedisAsync();
        await Task.WhenAll(Enumerable.Range(0, silos).Select(StartSiloAsync));
        await StartApiAsync();
    }

    public async Task<HttpStatusCode> ReadinessAsync()
    {
        using var http = new HttpClient { BaseAddress = ApiUrl, Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync("/health/ready");
        return response.StatusCode;
    }

    private Dictionary<string, string> CommonSettings() => new()
    {
        ["Storage__ConnectionString"] = StorageConnectionString,
        ["Storage__TablePrefix"] = "Cluster",
        ["Orleans__Membership"] = "Redis",
        ["Orleans__RedisConnectionString"] = $"127.0.0.1:{redisPort}",
        ["Orleans__ClusterId"] = "cluster-tests",
        // Declare a silo dead after about 2 × 2 s of silence (Orleans' defaults: 3 × 5 s).
        ["Orleans__ProbeTimeout"] = "00:00:02",
        ["Orleans__NumMissedProbesLimit"] = "2",
        // Spread grains over the silos, so killing one surely takes grains with it.
        ["Orleans__Placement"] = "Random",
        ["Demo__LoadOnFirstStart"] = "false",
        ["Limits__SignInPerMinute"] = "1000000",
        ["Limits__GraphQLPerMinute"] = "1000000",
        ["Limits__GraphQLSignedOutPerMinute"] = "1000000",
        ["Serilog__MinimumLevel__Default"] = "Warning",
        ["DOTNET_gcServer"] = "0",
    };

    private async Task WaitForHealthAsync(int port, string path, string what, ChildProcess process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{what} exited while starting:\n{Tail(process.Log())}");
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what} was not healthy at {path} within {StartTimeout.TotalSeconds:F0} s:\n{Tail(process.Log())}");
    }

    private void Retire(ref ChildProcess? process)
    {
        if (process is not null)
            finished.Add(process);
        process = null;
    }

    private static string Tail(string log, int lines = 40) => string.Join('\n', log.Split('\n').TakeLast(lines));

    /// <summary>The logs of every process, for a failed test's output.</summary>
    public void WriteLogs()
    {
        foreach (var process in new[] { api, azurite, redis }.OfType<ChildProcess>().Concat(silos.Values).Concat(finished))
            output.WriteLine($"----- {process.Name} -----\n{Tail(process.Log(), 30)}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in new[] { api }.Concat(silos.Values).OfType<ChildProcess>())
            process.Dispose();
        if (azurite is not null)
            await azurite.InterruptAsync(TimeSpan.FromSeconds(10));
        foreach (var process in new[] { azurite, redis }.OfType<ChildProcess>().Concat(finished))
            process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
