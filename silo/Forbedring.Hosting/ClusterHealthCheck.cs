using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Installation;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forbedring.Hosting;

/// <summary>In client mode, ready only while a silo answers a grain call within a few seconds.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var _ = CallerIdentity.Use(CallerIdentity.System);
            await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).GetInfo().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return HealthCheckResult.Healthy("A silo answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("No silo answers.", e);
        }
    }
}
