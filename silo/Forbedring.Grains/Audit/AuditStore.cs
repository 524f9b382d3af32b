using Azure;
using Azure.Data.Tables;
using Forbedring.Abstractions.Audit;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Audit;

/// <summary>
/// The rows of every audit log in the table <c>&lt;prefix&gt;AuditLog</c>, one partition per log
/// (PartitionKey = the log's name, RowKey from <see cref="AuditKeys"/>). Appending is one insert
/// whatever the length of the log; a page is one range query from the cursor.
/// </summary>
public sealed class AuditStore(TableRowStore rows)
{
    private const string Purpose = "AuditLog";

    /// <summary>
    /// Inserts the event with the first free suffix from <paramref name="suffix"/> down and returns
    /// the suffix used. Only ever an insert: an existing row is never overwritten, and a taken key
    /// (an earlier event of the same tick, written by an earlier activation) moves on to the next
    /// suffix, which sorts before it as the newer event should.
    /// </summary>
    public async Task<int> AppendAsync(string log, AuditEvent auditEvent, int suffix)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(log);
        for (; suffix >= 0; suffix--)
        {
            try
            {
                await table.AddEntityAsync(Entity(partition, AuditKeys.Row(auditEvent.At, suffix), auditEvent));
                return suffix;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Taken: try the next suffix down.
            }
        }
        throw new InvalidOperationException(
            $"Audit log '{log}' already holds {AuditKeys.MaxSuffix + 1} events at {auditEvent.At:O}; no key is left for another.");
    }

    /// <summary>The most rows one transaction may hold (Azure Tables' limit).</summary>
    public const int MaxBatch = 100;

    /// <summary>
    /// Inserts the events, each under its given suffix, in one transaction: all or none. Any taken
    /// key fails the whole batch (the caller then falls back to <see cref="AppendAsync"/> one by one).
    /// </summary>
    public async Task AppendBatchAsync(string log, IReadOnlyList<(AuditEvent Event, int Suffix)> batch)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(log);
        await table.SubmitTransactionAsync(batch.Select(b =>
            new TableTransactionAction(TableTransactionActionType.Add, Entity(partition, AuditKeys.Row(b.Event.At, b.Suffix), b.Event))));
    }

    /// <summary>Up to <paramref name="take"/> events newest first, older than <paramref name="before"/> when given.</summary>
    public async Task<AuditPage> PageAsync(string log, int take, string? before)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(log);
        var filter = before is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {before}");

        // One row more than asked tells whether an older page exists, so the last page carries no cursor.
        var found = new List<TableEntity>(take + 1);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: take + 1))
        {
            found.Add(row);
            if (found.Count > take)
                break;
        }

        var more = found.Count > take;
        var events = found.Take(take).Select(Read).ToList();
        return new AuditPage(events, more ? found[take - 1].RowKey : null);
    }

    private static TableEntity Entity(string partition, string rowKey, AuditEvent e) => new(partition, rowKey)
    {
        ["At"] = e.At,
        ["ActorId"] = e.ActorId,
        ["ActorName"] = e.ActorName,
        ["Action"] = e.Action,
        ["EntityKind"] = e.EntityKind,
        ["EntityId"] = e.EntityId,
        ["NetworkId"] = e.NetworkId,
        ["ServiceId"] = e.ServiceId,
    };

    private static AuditEvent Read(TableEntity row) => new(
        row.GetDateTimeOffset("At") ?? throw new InvalidDataException($"Audit row {row.PartitionKey}/{row.RowKey} has no time."),
        row.GetString("ActorId") ?? "",
        row.GetString("ActorName") ?? "",
        row.GetString("Action") ?? "",
        row.GetString("EntityKind") ?? "",
        row.GetString("EntityId") ?? "",
        row.GetString("NetworkId"),
        row.GetString("ServiceId"));
}
