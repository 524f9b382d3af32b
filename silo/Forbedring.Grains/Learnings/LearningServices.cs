using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Learnings;

public static class LearningServices
{
    /// <summary>The rows of every network's learnings.</summary>
    public static IServiceCollection AddForbedringLearnings(this IServiceCollection services)
    {
        services.TryAddSingleton<LearningStore>();
        return services;
    }
}
