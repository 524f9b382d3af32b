using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Areas;

/// <summary>One improvement area (forbedringsområde) of a service in a network, keyed by its id.</summary>
[Alias("Forbedring.IImprovementAreaGrain")]
public interface IImprovementAreaGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<ImprovementAreaView?> Get();

    /// <summary>Called by a measure grain when a measure is created in this area.</summary>
    [Alias("LinkMeasure")] Task<Result<ImprovementAreaView>> LinkMeasure(string measureId);

    /// <summary>Creates the area; <paramref name="templateId"/> names the area template it started from.</summary>
    [Alias("Create")] Task<Result<ImprovementAreaView>> Create(NewAreaInput input, string? templateId, Actor actor);
}
