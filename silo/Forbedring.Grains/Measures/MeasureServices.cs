using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace Forbedring.Grains.Measures;

public static class MeasureServices
{
    /// <summary>
    /// The point rows, and a JSON codec for the statistics library's types: that library stays
    /// free of Orleans attributes, yet its enums and its analysis cross grain calls.
    /// </summary>
    public static IServiceCollection AddForbedringMeasures(this IServiceCollection services)
    {
        services.TryAddSingleton<PointStore>();
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace == typeof(Statistics.SeriesAnalysis).Namespace));
        return services;
    }
}
