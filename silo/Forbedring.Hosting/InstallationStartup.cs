using System.Reflection;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Installation;
using Forbedring.Grains.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forbedring.Hosting;

/// <summary>
/// Records each start of the installation once the silo (or the client's cluster) is up. On the
/// first start of a new store it loads the demo network (<c>Demo:LoadOnFirstStart</c>, default
/// true), so a new user sees a living network; the installation remembers it, so a restart never
/// loads it again.
/// </summary>
public sealed class InstallationStartup(
    IGrainFactory grains,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<InstallationStartup> logger) : IHostedService
{
    public const string LoadDemoSetting = "Demo:LoadOnFirstStart";

    /// <summary>Who loads the demo on first start: the installation itself, not a person.</summary>
    public static readonly Actor DemoLoader = new("forbedring", "Forbedring (demo)");

    public static string Release { get; } =
        typeof(InstallationStartup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var _ = CallerIdentity.Use(CallerIdentity.System);
        var installation = grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key);
        var info = await installation.RecordStart(Release);
        if (info.DemoNetworkId is { } demo)
        {
            await TellDemoAccountsAsync(demo);
            return;
        }
        if (info.Starts != 1 || !configuration.GetValue(LoadDemoSetting, true))
            return;

        try
        {
            var networkId = await new DemoNetwork(grains, time).LoadAsync(DemoLoader);
            await new DemoAccounts(grains).CreateAsync(networkId, DemoPassword, DemoLoader);
            await installation.RecordDemoLoaded(networkId);
            logger.LogInformation("First start of a new store: loaded the demo network {NetworkId}", networkId);
            await TellDemoAccountsAsync(networkId);
        }
        catch (Exception e) when (e is InvalidOperationException or OrleansException or TimeoutException)
        {
            // The installation works without the demo: say what failed and start anyway. It is not retried
            // on the next start (that is no longer a first start); loadDemoNetwork loads a copy on request.
            logger.LogError(e, "First start of a new store: the demo network could not be loaded");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string DemoPassword => configuration.GetValue("Demo:Password", DemoAccounts.DefaultPassword)!;

    /// <summary>At every start of an installation with the demo: who to sign in as to try each role.</summary>
    private async Task TellDemoAccountsAsync(string networkId)
    {
        try
        {
            foreach (var account in await new DemoAccounts(grains).PickAsync(networkId))
                logger.LogWarning("Demo account ({Role}): {Email} with password {Password}", account.Role, account.Email, DemoPassword);
        }
        catch (Exception e) when (e is InvalidOperationException or OrleansException or TimeoutException)
        {
            logger.LogWarning(e, "The demo accounts could not be listed");
        }
    }
}
