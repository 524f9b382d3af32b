using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Transfer;

/// <summary>
/// Exports a whole network (its services, people, areas, measures with their data, PDSA cycles and
/// the templates they came from) as one JSON document, and imports such a document with new ids.
/// </summary>
[Alias("Forbedring.INetworkTransferGrain")]
public interface INetworkTransferGrain : IGrainWithIntegerKey
{
    [Alias("Export")] Task<string?> Export(string networkId);

    /// <summary>Returns the new network's id.</summary>
    [Alias("Import")] Task<Result<string>> Import(string document, Actor actor);
}
