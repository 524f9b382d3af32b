using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>
/// The whole app in process: the api with its co-hosted silo on free ports, storing into the test
/// Azurite under a table prefix of its own.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string StorageVariable = "FORBEDRING_TEST_STORAGE";

    public ApiFactory() : this(null, loadDemoOnFirstStart: false)
    {
    }

    /// <summary>
    /// A factory on the given table prefix (e.g. a second start on the same store), with further
    /// settings and services if a test needs them (e.g. OpenID Connect and its provider).
    /// </summary>
    internal ApiFactory(
        string? tablePrefix,
        bool loadDemoOnFirstStart,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        TablePrefix = tablePrefix ?? "TApi" + Guid.NewGuid().ToString("N")[..10];
        LoadDemoOnFirstStart = loadDemoOnFirstStart;
        this.settings = settings ?? new Dictionary<string, string>();
        this.services = services;
    }

    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly Action<IServiceCollection>? services;

    /// <summary>A factory whose app runs with these settings on top of the usual ones (e.g. tiny limits).</summary>
    internal static ApiFactory WithSettings(params (string Key, string Value)[] settings) =>
        new(null, loadDemoOnFirstStart: false, settings.ToDictionary(s => s.Key, s => s.Value));

    public string TablePrefix { get; }


    public bool LoadDemoOnFirstStart { get; }

    /// <summary>The app's clock; tests may move it forward.</summary>
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var storage = Environment.GetEnvironmentVariable(StorageVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{StorageVariable} is not set: run the tests with ./forbedring test.");
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:ConnectionString", storage);
        builder.UseSetting("Storage:TablePrefix", TablePrefix);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", TablePrefix);
        // Tests start from an empty store; the demo test turns the first-start load back on.
        builder.UseSetting("Demo:LoadOnFirstStart", LoadDemoOnFirstStart ? "true" : "false");
        // Every test calls one in-process server, where all requests come from the same (absent)
        // address and hundreds come within a minute: the real rate limits would refuse them. The
        // limit tests in Security/ give their own small numbers through WithSettings.
        builder.UseSetting("Limits:SignInPerMinute", "1000000");
        builder.UseSetting("Limits:GraphQLPerMinute", "1000000");
        builder.UseSetting("Limits:GraphQLSignedOutPerMinute", "1000000");
        foreach (var (key, setting) in settings)
            builder.UseSetting(key, setting);
        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
