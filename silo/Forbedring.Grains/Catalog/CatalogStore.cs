using Azure.Data.Tables;
using Forbedring.Abstractions.Catalog;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Catalog;

/// <summary>The directory rows: PartitionKey = kind, RowKey = id.</summary>
public sealed class CatalogStore(TableRowStore rows)
{
    private const string Purpose = "Catalog";

    public async Task UpsertAsync(CatalogKind kind, CatalogEntry entry)
    {
        var table = await rows.Table(Purpose);
        await table.UpsertEntityAsync(new TableEntity(kind.ToString(), TableKeys.Encode(entry.Id))
        {
            ["EntityId"] = entry.Id,
            ["Name"] = entry.Name,
            ["Archived"] = entry.Archived,
        }, TableUpdateMode.Replace);
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(CatalogKind kind)
    {
        var table = await rows.Table(Purpose);
        var result = new List<CatalogEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == kind.ToString()))
            result.Add(new CatalogEntry(row.GetString("EntityId"), row.GetString("Name"), row.GetBoolean("Archived") ?? false));
        return result.OrderBy(e => e.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb-NO"), true)).ToList();
    }
}
