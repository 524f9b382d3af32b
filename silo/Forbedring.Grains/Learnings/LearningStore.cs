using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Learnings;
using Forbedring.Domain.Learnings;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Learnings;

/// <summary>
/// The learnings of every network in the table <c>&lt;prefix&gt;Learnings</c>, one partition per network
/// (PartitionKey = the network's id, keys from <see cref="LearningKeys"/>), and where each learning is in the table
/// <c>&lt;prefix&gt;LearningIds</c> (PartitionKey = the learning's id), so one can be found by its id alone.
/// Adding is two inserts, editing one transaction of the learning and its earlier wording, whatever the number of learnings.
/// </summary>
public sealed class LearningStore(TableRowStore rows)
{
    private const string Purpose = "Learnings";
    private const string IdsPurpose = "LearningIds";
    private const string IndexRow = "learning";

    public async Task<StoredLearning?> FindAsync(string learningId)
    {
        var index = await (await rows.Table(IdsPurpose)).GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(learningId), IndexRow);
        if (!index.HasValue || index.Value!.GetString("NetworkId") is not { } networkId || index.Value.GetString("Key") is not { } key)
            return null;
        var row = await (await rows.Table(Purpose)).GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(networkId), key);
        return row.HasValue ? new StoredLearning(Read(row.Value!), key, row.Value!.ETag) : null;
    }

    /// <summary>
    /// Writes where the learning will be first, then the learning: a place without its learning reads as no learning,
    /// whereas a learning nobody could find by its id could never be edited. A failed second write removes the first.
    /// </summary>
    public async Task<StoredLearning> AddAsync(LearningView learning)
    {
        var key = LearningKeys.Row(learning.Created.At, learning.Id);
        var ids = await rows.Table(IdsPurpose);
        await ids.AddEntityAsync(new TableEntity(TableKeys.Encode(learning.Id), IndexRow) { ["NetworkId"] = learning.NetworkId, ["Key"] = key });
        try
        {
            var table = await rows.Table(Purpose);
            var response = await table.AddEntityAsync(Entity(key, learning));
            return new StoredLearning(learning, key, response.Headers.ETag ?? (await table.GetEntityAsync<TableEntity>(Partition(learning), key)).Value.ETag);
        }
        catch
        {
            await ids.DeleteEntityAsync(TableKeys.Encode(learning.Id), IndexRow);
            throw;
        }
    }

    /// <summary>
    /// Replaces the learning, checked against the ETag it was read with, and keeps <paramref name="earlier"/> (when
    /// given) in the same transaction: both are written or neither. A row changed meanwhile fails with a 412.
    /// </summary>
    public async Task<StoredLearning> ReplaceAsync(StoredLearning current, LearningView next, LearningRevision? earlier)
    {
        var table = await rows.Table(Purpose);
        var partition = Partition(next);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, Entity(current.Key, next), current.ETag) };
        if (earlier is not null)
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, RevisionEntity(partition, next.Id, earlier)));
        var responses = (await table.SubmitTransactionAsync(actions)).Value;
        var etag = responses[0].Headers.ETag ?? (await table.GetEntityAsync<TableEntity>(partition, current.Key)).Value.ETag;
        return new StoredLearning(next, current.Key, etag);
    }

    public async Task<IReadOnlyList<LearningRevision>> HistoryAsync(string networkId, string learningId)
    {
        var table = await rows.Table(Purpose);
        var prefix = LearningKeys.HistoryPrefix(learningId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(networkId)} and RowKey gt {prefix} and RowKey lt {prefix + "~"}");
        var found = new List<LearningRevision>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
            found.Add(new LearningRevision(row.GetInt32("Version") ?? 0, row.GetString("Text") ?? "", Tags(row), StampColumns.Read(row, "Written"), StampColumns.Read(row, "Replaced")));
        return found.OrderByDescending(r => r.Version).ToList();
    }

    /// <summary>
    /// A page of the learnings that match, newest first, read from the cursor on: one network's partition in key
    /// order, stopping once the page is full; across networks every partition, sorted here. Dates and the service or
    /// meeting narrow the rows the table returns; the text and tags are matched here (Tables has no «contains»).
    /// </summary>
    public async Task<LearningPage> PageAsync(string? networkId, LearningQuery query, DateTimeOffset? from, DateTimeOffset? before)
    {
        var table = await rows.Table(Purpose);
        var lower = new[] { query.After, before is { } b ? LearningKeys.Boundary(b) : null }.Where(k => k is not null).Max(StringComparer.Ordinal);
        var upper = from is { } f ? LearningKeys.Boundary(f) : LearningKeys.LearningsEnd;
        var filter = TableClient.CreateQueryFilter($"RowKey lt {upper}");
        if (networkId is not null)
            filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(networkId)}")} and {filter}";
        if (lower is not null)
            filter += " and " + TableClient.CreateQueryFilter($"RowKey gt {lower}");
        if (query.ServiceId is { Length: > 0 } serviceId)
            filter += " and " + TableClient.CreateQueryFilter($"ServiceId eq {serviceId}");
        if (query.MeetingId is { Length: > 0 } meetingId)
            filter += " and " + TableClient.CreateQueryFilter($"MeetingId eq {meetingId}");

        var found = new List<(string Key, LearningView View)>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            if (row.GetDateTimeOffset("DeletedAt") is not null)
                continue;
            var view = Read(row);
            if (!LearningSearch.Matches(view.Text, view.Tags, query.Text, query.Tags))
                continue;
            found.Add((row.RowKey, view));
            // One network's rows come in key order, so one more than asked says whether an older page exists.
            if (networkId is not null && found.Count > query.Take)
                break;
        }
        var page = found.OrderBy(f => f.Key, StringComparer.Ordinal).Take(query.Take + 1).ToList();
        var more = page.Count > query.Take;
        return new LearningPage(page.Take(query.Take).Select(f => f.View).ToList(), more ? page[query.Take - 1].Key : null);
    }

    private static string Partition(LearningView learning) => TableKeys.Encode(learning.NetworkId);

    private static TableEntity Entity(string key, LearningView l)
    {
        var entity = new TableEntity(Partition(l), key)
        {
            ["LearningId"] = l.Id,
            ["NetworkId"] = l.NetworkId,
            ["ServiceId"] = l.ServiceId,
            ["Text"] = l.Text,
            ["Tags"] = JsonSerializer.Serialize(l.Tags),
            ["SourceKind"] = l.Source.Kind.ToString(),
            ["SourceId"] = l.Source.Id,
            ["MeetingId"] = l.MeetingId,
            ["Version"] = l.Version,
        };
        StampColumns.Write(entity, "Created", l.Created);
        StampColumns.Write(entity, "Updated", l.Updated);
        if (l.Deleted is not null)
            StampColumns.Write(entity, "Deleted", l.Deleted);
        return entity;
    }

    private static TableEntity RevisionEntity(string partition, string learningId, LearningRevision r)
    {
        var entity = new TableEntity(partition, LearningKeys.History(learningId, r.Version))
        {
            ["Version"] = r.Version,
            ["Text"] = r.Text,
            ["Tags"] = JsonSerializer.Serialize(r.Tags),
        };
        StampColumns.Write(entity, "Written", r.Written);
        StampColumns.Write(entity, "Replaced", r.Replaced);
        return entity;
    }

    private static LearningView Read(TableEntity row) => new(
        row.GetString("LearningId") ?? "",
        row.GetString("NetworkId") ?? "",
        row.GetString("ServiceId"),
        row.GetString("Text") ?? "",
        Tags(row),
        new LearningSource(Enum.TryParse<LearningSourceKind>(row.GetString("SourceKind"), out var kind) ? kind : LearningSourceKind.Meeting, row.GetString("SourceId") ?? ""),
        row.GetString("MeetingId"),
        row.GetInt32("Version") ?? 1,
        StampColumns.Read(row, "Created"),
        StampColumns.Read(row, "Updated"),
        row.GetDateTimeOffset("DeletedAt") is null ? null : StampColumns.Read(row, "Deleted"));

    private static IReadOnlyList<string> Tags(TableEntity row) =>
        row.GetString("Tags") is { Length: > 0 } json ? JsonSerializer.Deserialize<List<string>>(json) ?? [] : [];

}

/// <summary>A learning as stored, with its RowKey and the ETag its next write is checked against.</summary>
public sealed record StoredLearning(LearningView View, string Key, ETag ETag);
