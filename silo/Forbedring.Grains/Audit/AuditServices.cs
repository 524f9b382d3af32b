using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Audit;

public static class AuditServices
{
    /// <summary>The rows of every audit log, and how long a log gathers lines before writing them (<c>Audit:Linger</c>).</summary>
    public static IServiceCollection AddForbedringAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<AuditStore>();
        services.TryAddSingleton(new AuditOptions(configuration.GetValue("Audit:Linger", AuditOptions.DefaultLinger)));
        return services;
    }
}

/// <summary>
/// Lines arrive just after their change is answered, so gathering them for a moment costs no user
/// anything and turns a line per change into a transaction per moment (docs/performance.md).
/// </summary>
public sealed record AuditOptions(TimeSpan Linger)
{
    public static readonly TimeSpan DefaultLinger = TimeSpan.FromMilliseconds(100);
}
