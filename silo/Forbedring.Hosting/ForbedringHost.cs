using Forbedring.Grains.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forbedring.Hosting;

/// <summary>What every Forbedring host process adds: logging, the silo, health and start-up records.</summary>
public static class ForbedringHost
{
    public static WebApplicationBuilder AddForbedringSiloHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddForbedringLogging(builder.Configuration);
        builder.UseOrleans(silo => silo.AddForbedring(builder.Configuration));
        builder.Services.AddForbedringHealthChecks();
        builder.Services.AddHostedService<InstallationStartup>();
        return builder;
    }
}
