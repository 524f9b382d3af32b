using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Forbedring.Hosting;

/// <summary>
/// How silos find each other and how an api in client mode finds them (<c>Orleans:Membership</c>):
/// <c>Localhost</c> for one machine (the default) or <c>Redis</c> (<c>Orleans:RedisConnectionString</c>)
/// for silos in several processes or on several machines. Localhost clustering itself is set up by
/// <c>AddForbedring</c>, which the test clusters also use; Redis lives here, beside its package.
/// </summary>
public static class ForbedringClustering
{
    public static bool IsRedis(IConfiguration configuration) =>
        string.Equals(configuration["Orleans:Membership"], "Redis", StringComparison.OrdinalIgnoreCase);

    public static ISiloBuilder UseForbedringClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var orleans = configuration.GetSection("Orleans");
        ConfigureFailureDetection(silo.Services, orleans);
        if (!IsRedis(configuration))
            return silo;
        silo.UseRedisClustering(RedisConnectionString(orleans));
        silo.Configure<ClusterOptions>(options => ConfigureCluster(options, orleans));
        // The address other silos and clients dial: a name (a container's service name) or an IP.
        var host = orleans["AdvertisedHost"] ?? "127.0.0.1";
        var siloPort = orleans.GetValue("SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = orleans.GetValue("GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        var listenOnAny = !IPAddress.TryParse(host, out var address) || !IPAddress.IsLoopback(address);
        if (address is not null)
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: listenOnAny);
        else
            silo.ConfigureEndpoints(host, siloPort, gatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        return silo;
    }

    public static IClientBuilder UseForbedringClustering(this IClientBuilder client, IConfiguration configuration)
    {
        var orleans = configuration.GetSection("Orleans");
        if (IsRedis(configuration))
        {
            client.UseRedisClustering(RedisConnectionString(orleans));
            client.Configure<ClusterOptions>(options => ConfigureCluster(options, orleans));
        }
        else
        {
            // One machine: the gateways are listed (Orleans:GatewayPorts, e.g. "30000,30001").
            var ports = (orleans["GatewayPorts"] ?? orleans["GatewayPort"] ?? EndpointOptions.DEFAULT_GATEWAY_PORT.ToString())
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(int.Parse)
                .ToArray();
            client.UseLocalhostClustering(ports, orleans["ServiceId"] ?? "forbedring", orleans["ClusterId"] ?? "forbedring-local");
        }
        // A request while no silo answers fails with a clear error instead of waiting for the default
        // half a minute; the client keeps trying to reach the cluster in the background.
        client.Configure<ClientMessagingOptions>(options =>
            options.ResponseTimeout = orleans.GetValue("ResponseTimeout", TimeSpan.FromSeconds(15)));
        client.Configure<GatewayOptions>(options =>
            options.GatewayListRefreshPeriod = orleans.GetValue("GatewayListRefreshPeriod", TimeSpan.FromSeconds(10)));
        return client;
    }

    private static string RedisConnectionString(IConfigurationSection orleans) =>
        orleans["RedisConnectionString"] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Orleans:Membership is Redis, but Orleans:RedisConnectionString is not set (e.g. 127.0.0.1:6379).");

    private static void ConfigureCluster(ClusterOptions options, IConfigurationSection orleans)
    {
        options.ServiceId = orleans["ServiceId"] ?? "forbedring";
        options.ClusterId = orleans["ClusterId"] ?? "forbedring";
    }

    /// <summary>
    /// How fast a silo that stopped answering is declared dead, after which its grains are
    /// activated elsewhere: about ProbeTimeout × NumMissedProbesLimit (Orleans' defaults: 5 s × 3).
    /// </summary>
    private static void ConfigureFailureDetection(IServiceCollection services, IConfigurationSection orleans) =>
        services.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = orleans.GetValue("ProbeTimeout", options.ProbeTimeout);
            options.NumMissedProbesLimit = orleans.GetValue("NumMissedProbesLimit", options.NumMissedProbesLimit);
        });
}
