using System.Reflection;
using Forbedring.Abstractions.Installation;
using Microsoft.Extensions.Hosting;

namespace Forbedring.Hosting;

/// <summary>Records each start of the installation once the silo (or the client's cluster) is up.</summary>
public sealed class InstallationStartup(IGrainFactory grains) : IHostedService
{
    public static string Release { get; } =
        typeof(InstallationStartup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    public Task StartAsync(CancellationToken cancellationToken) =>
        grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).RecordStart(Release);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
