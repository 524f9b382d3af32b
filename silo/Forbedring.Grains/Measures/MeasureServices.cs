using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Measures;

public static class MeasureServices
{
    /// <summary>The point rows of every measure's series.</summary>
    public static IServiceCollection AddForbedringMeasures(this IServiceCollection services)
    {
        services.TryAddSingleton<PointStore>();
        return services;
    }
}
