using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Hosting;

/// <summary>
/// <c>/health/live</c>: the process runs. <c>/health/ready</c>: it can serve (the table service answers,
/// and in client mode a silo answers too).
/// </summary>
public static class ForbedringHealth
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddForbedringHealthChecks(this IServiceCollection services, bool clusterCheck = false)
    {
        var checks = services.AddHealthChecks().AddCheck<TableServiceHealthCheck>("tables", tags: [ReadyTag]);
        if (clusterCheck)
            checks.AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapForbedringHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
