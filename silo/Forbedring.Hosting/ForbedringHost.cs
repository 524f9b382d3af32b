using Forbedring.Grains.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Forbedring.Hosting;

/// <summary>
/// What every Forbedring host process adds: logging, the silo (or, in client mode, the connection
/// to silos in other processes), health and start-up records.
/// </summary>
public static class ForbedringHost
{
    /// <summary><c>Orleans:Mode</c> = <c>Client</c>: the api runs in front of silos in other processes.</summary>
    public static bool IsClientMode(IConfiguration configuration) =>
        string.Equals(configuration["Orleans:Mode"], "Client", StringComparison.OrdinalIgnoreCase);

    /// <summary>The api's choice: co-host a silo (the default) or be a client of silos elsewhere.</summary>
    public static WebApplicationBuilder AddForbedringSiloOrClient(this WebApplicationBuilder builder) =>
        IsClientMode(builder.Configuration) ? builder.AddForbedringClientHost() : builder.AddForbedringSiloHost();

    public static WebApplicationBuilder AddForbedringSiloHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddForbedringLogging(builder.Configuration);
        builder.UseOrleans(silo => silo.AddForbedring(builder.Configuration).UseForbedringClustering(builder.Configuration));
        builder.Services.AddForbedringHealthChecks();
        builder.Services.AddHostedService<InstallationStartup>();
        return builder;
    }

    /// <summary>
    /// An Orleans client: grain calls go to the silos' gateways. The silos record the
    /// installation's starts; the client reads the table service only for its readiness.
    /// </summary>
    public static WebApplicationBuilder AddForbedringClientHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddForbedringLogging(builder.Configuration);
        builder.UseOrleansClient(client => client.UseForbedringClustering(builder.Configuration));
        builder.Services.AddForbedringTables(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddForbedringHealthChecks(clusterCheck: true);
        return builder;
    }
}
