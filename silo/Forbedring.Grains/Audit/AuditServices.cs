using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Audit;

public static class AuditServices
{
    /// <summary>The rows of every audit log.</summary>
    public static IServiceCollection AddForbedringAudit(this IServiceCollection services)
    {
        services.TryAddSingleton<AuditStore>();
        return services;
    }
}
