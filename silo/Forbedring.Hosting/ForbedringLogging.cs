using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Formatting.Compact;

namespace Forbedring.Hosting;

/// <summary>
/// Structured console logging for every host. Levels come from the <c>Serilog</c> configuration
/// section; <c>Logging:Json=true</c> switches the console to compact JSON for log collectors.
/// </summary>
public static class ForbedringLogging
{
    public static IServiceCollection AddForbedringLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((provider, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext();
            if (configuration.GetValue("Logging:Json", false))
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            else
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture);
        });
}
