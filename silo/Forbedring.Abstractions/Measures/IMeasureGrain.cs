using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Measures;

/// <summary>One measure and its series of data points, keyed by the measure's id.</summary>
[Alias("Forbedring.IMeasureGrain")]
public interface IMeasureGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<MeasureView?> Get();

    /// <summary>Creates the measure in an improvement area and links it there.</summary>
    [Alias("Create")] Task<Result<MeasureView>> Create(string areaId, MeasureDefinition definition, string? templateMeasureId, Actor actor);
}
