using Forbedring.Abstractions.Catalog;
using Orleans.Concurrency;

namespace Forbedring.Grains.Catalog;

[StatelessWorker]
public sealed class CatalogGrain(CatalogStore store) : Grain, ICatalogGrain
{
    public Task<IReadOnlyList<CatalogEntry>> List(CatalogKind kind) => store.ListAsync(kind);
}
