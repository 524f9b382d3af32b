using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Forbedring.Grains.Storage;

/// <summary>
/// Tables for rows that do not belong in grain state (data points, history, the catalog): one
/// table per purpose under the installation's prefix, created on first use.
/// </summary>
public sealed class TableRowStore(TableServiceClient tables, TableStorageOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> clients = new();

    public Task<TableClient> Table(string purpose) =>
        clients.GetOrAdd(purpose, p => new Lazy<Task<TableClient>>(() => CreateAsync(options.TablePrefix + p))).Value;

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = tables.GetTableClient(name);
        await client.CreateIfNotExistsAsync();
        return client;
    }
}
