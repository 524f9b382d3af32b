using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using Forbedring.Grains.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Forbedring.Grains.Hosting;

/// <summary>The one silo-builder extension every host calls (the api, the standalone silo, the test clusters).</summary>
public static class ForbedringSilo
{
    /// <summary>The grain-storage name every grain's persistent state uses.</summary>
    public const string StorageName = "forbedring";

    /// <param name="configuration">
    /// Reads <c>Storage:*</c> (see <see cref="TableStorageOptions"/>) and <c>Orleans:*</c>:
    /// <c>Membership</c> = <c>Localhost</c> (default; <c>PrimarySiloPort</c> lets a second silo join),
    /// <c>Redis</c> (set up by Forbedring.Hosting) or <c>Provided</c> when the host (a test
    /// cluster) sets clustering up itself; <c>SiloPort</c>, <c>GatewayPort</c>, <c>ServiceId</c>, <c>ClusterId</c>.
    /// </param>
    public static ISiloBuilder AddForbedring(this ISiloBuilder silo, IConfiguration configuration)
    {
        var orleans = configuration.GetSection("Orleans");
        var clustering = orleans["Membership"] ?? "Localhost";
        if (clustering.Equals("Localhost", StringComparison.OrdinalIgnoreCase))
        {
            var siloPort = orleans.GetValue("SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            // A second silo on the same machine joins the first (the primary) through its silo port.
            var primary = orleans.GetValue<int?>("PrimarySiloPort");
            silo.UseLocalhostClustering(
                siloPort: siloPort,
                gatewayPort: orleans.GetValue("GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT),
                primarySiloEndpoint: primary is { } port && port != siloPort ? new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port) : null,
                serviceId: orleans["ServiceId"] ?? "forbedring",
                clusterId: orleans["ClusterId"] ?? "forbedring-local");
        }
        else if (!clustering.Equals("Provided", StringComparison.OrdinalIgnoreCase) &&
                 !clustering.Equals("Redis", StringComparison.OrdinalIgnoreCase))
        {
            // Redis is wired by the host (Forbedring.Hosting owns the Redis package); Provided by a test cluster.
            throw new InvalidOperationException($"Unknown Orleans:Membership '{clustering}'. Use Localhost, Redis or Provided.");
        }

        // Orleans places new activations by resource use; Random spreads them evenly over the silos
        // (the multi-process tests use it so that a killed silo surely takes grains with it).
        if (string.Equals(orleans["Placement"], "Random", StringComparison.OrdinalIgnoreCase))
            silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>();

        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.AddIncomingGrainCallFilter<CallerIdentityFilter>();
        silo.AddIncomingGrainCallFilter<StorageOutageFilter>();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(options => ConfigureStateJson(options.JsonSerializerOptions));
        silo.Services.AddForbedringTables(configuration);
        Measures.MeasureServices.AddForbedringMeasures(silo.Services);
        Meetings.MeetingServices.AddForbedringMeetings(silo.Services);
        Learnings.LearningServices.AddForbedringLearnings(silo.Services);
        Audit.AuditServices.AddForbedringAudit(silo.Services, configuration);
        Voting.VotingServices.AddForbedringVoting(silo.Services);
        silo.Services.TryAddSingleton(TimeProvider.System);
        var accounts = new Accounts.AccountOptions();
        configuration.GetSection(Accounts.AccountOptions.SectionName).Bind(accounts);
        silo.Services.TryAddSingleton(accounts);
        silo.Services.AddGrainStorage(StorageName, (services, name) => new AzureTableGrainStorage(
            name,
            services.GetRequiredService<TableServiceClient>(),
            services.GetRequiredService<TableStorageOptions>().GrainStateTable,
            services.GetRequiredService<IGrainStorageSerializer>(),
            services.GetServices<IGrainStateMigration>(),
            services.GetRequiredService<ILogger<AzureTableGrainStorage>>()));
        return silo;
    }

    /// <summary>
    /// Stored state stays readable: Norwegian letters as themselves, not \u escapes (which would
    /// also triple their size against the entity limit).
    /// </summary>
    public static void ConfigureStateJson(JsonSerializerOptions options) =>
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The table account client and options, shared by grain storage, row stores and health checks.</summary>
    public static IServiceCollection AddForbedringTables(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new TableStorageOptions();
        configuration.GetSection(TableStorageOptions.SectionName).Bind(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<TableRowStore>();
        services.TryAddSingleton<Catalog.CatalogStore>();
        services.TryAddSingleton(_ => new TableServiceClient(options.ConnectionString, new TableClientOptions
        {
            // Fail fast when the table service is down, so callers get a clear error rather than a hang.
            Retry = { MaxRetries = 2, Mode = RetryMode.Exponential, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = TimeSpan.FromSeconds(10) },
        }));
        return services;
    }
}
