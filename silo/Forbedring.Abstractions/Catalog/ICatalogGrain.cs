namespace Forbedring.Abstractions.Catalog;

public enum CatalogKind { Network, Service, Person, Area, Measure, Template }

/// <summary>One line of the installation's directory of entities, for lists and search.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.CatalogEntry")]
public sealed record CatalogEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Archived);

/// <summary>
/// Reads the directory of networks, services and people. The entity grains write their own line
/// when they change; the directory lives in table rows because it grows with the installation.
/// </summary>
[Alias("Forbedring.ICatalogGrain")]
public interface ICatalogGrain : IGrainWithIntegerKey
{
    [Alias("List")] Task<IReadOnlyList<CatalogEntry>> List(CatalogKind kind);
}
