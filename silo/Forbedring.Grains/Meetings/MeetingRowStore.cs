using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Storage;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Meetings;

/// <summary>
/// A meeting's rows, one partition per meeting in <c>&lt;prefix&gt;MeetingRows</c> (PartitionKey = the meeting id):
/// <list type="bullet">
/// <item><c>a|person</c>: the person's current attendance;</item>
/// <item><c>h|person|inverted ticks</c>: an earlier attendance of the person (newest first), written in the same
/// transaction as the record that replaces it;</item>
/// <item><c>t|item</c>: an action item;</item>
/// <item><c>minutes</c>: the minutes the meeting was closed with (JSON of both languages, in Data0..N chunks).</item>
/// </list>
/// Each person's action items are found through <c>&lt;prefix&gt;ActionItemsByPerson</c> (PartitionKey = the
/// person, RowKey = <c>meeting|item</c>), written before the item itself, so an item is never unfindable;
/// a pointer whose item was never written points at nothing and is skipped.
/// </summary>
public sealed class MeetingRowStore(TableRowStore rows)
{
    private const string Purpose = "MeetingRows";
    private const string IndexPurpose = "ActionItemsByPerson";
    private const string MinutesKey = "minutes";

    public async Task<MeetingRows> LoadAsync(string meetingId)
    {
        var table = await rows.Table(Purpose);
        var loaded = new MeetingRows();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Encode(meetingId)))
        {
            var key = row.RowKey;
            if (key.StartsWith("a|", StringComparison.Ordinal))
                loaded.Current[row.GetString("PersonId")] = ReadAttendance(row);
            else if (key.StartsWith("h|", StringComparison.Ordinal))
                loaded.HistoryOf(row.GetString("PersonId")).Add(ReadCorrection(row));
            else if (key.StartsWith("t|", StringComparison.Ordinal))
                loaded.Items[row.GetString("ItemId")] = ReadItem(meetingId, row);
            else if (key == MinutesKey)
                loaded.Minutes = JsonSerializer.Deserialize<MeetingMinutes>(StateChunks.Read(row));
        }
        foreach (var history in loaded.History.Values)
            history.Sort((a, b) => b.Replaced.At.CompareTo(a.Replaced.At));
        return loaded;
    }

    /// <summary>
    /// Writes a person's attendance; a record it replaces goes to the history in the same transaction.
    /// Checked against the ETag read, so a second writer is refused rather than overwritten.
    /// </summary>
    public async Task RecordAsync(string meetingId, MeetingRows loaded, StoredAttendance record)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(meetingId);
        var entity = AttendanceEntity(partition, record);
        ETag? etag;
        AttendanceCorrection? correction = null;
        if (loaded.Current.TryGetValue(record.PersonId, out var previous))
        {
            correction = new AttendanceCorrection(previous.Status, previous.SubstituteForPersonId, previous.Guest, previous.Recorded, record.Recorded);
            var responses = await table.SubmitTransactionAsync([
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, previous.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, CorrectionEntity(partition, record.PersonId, correction)),
            ]);
            etag = responses.Value[0].Headers.ETag;
        }
        else
        {
            etag = (await table.AddEntityAsync(entity)).Headers.ETag;
        }
        loaded.Current[record.PersonId] = record with { ETag = etag ?? (await table.GetEntityAsync<TableEntity>(partition, entity.RowKey)).Value.ETag };
        if (correction is not null)
            loaded.HistoryOf(record.PersonId).Insert(0, correction);
    }

    /// <summary>The person's pointer first, then the item: a failure in between leaves a pointer to nothing, never an item nobody finds.</summary>
    public async Task AddActionItemAsync(MeetingRows loaded, ActionItem item)
    {
        var index = await rows.Table(IndexPurpose);
        await index.UpsertEntityAsync(Pointer(item.AssigneeId, item.MeetingId, item.Id), TableUpdateMode.Replace);
        var table = await rows.Table(Purpose);
        var response = await table.AddEntityAsync(ItemEntity(item));
        loaded.Items[item.Id] = new StoredActionItem(item, response.Headers.ETag ?? default);
    }

    public async Task ReplaceActionItemAsync(MeetingRows loaded, StoredActionItem previous, ActionItem item)
    {
        var table = await rows.Table(Purpose);
        var response = await table.UpdateEntityAsync(ItemEntity(item), previous.ETag, TableUpdateMode.Replace);
        loaded.Items[item.Id] = new StoredActionItem(item, response.Headers.ETag ?? default);
    }

    /// <summary>Whether the minutes fit in one row (they always should: a meeting's content is bounded).</summary>
    public static bool Fits(MeetingMinutes minutes) => JsonSerializer.SerializeToUtf8Bytes(minutes).Length <= StateChunks.MaxBytes;

    public async Task SaveMinutesAsync(string meetingId, MeetingRows loaded, MeetingMinutes minutes)
    {
        var table = await rows.Table(Purpose);
        var entity = new TableEntity(TableKeys.Encode(meetingId), MinutesKey);
        StateChunks.Write(entity, JsonSerializer.SerializeToUtf8Bytes(minutes));
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
        loaded.Minutes = minutes;
    }

    /// <summary>Every row of a meeting's partition for the network export, in an order that does not depend on ids.</summary>
    public async Task<IReadOnlyList<TransferRow>> ExportAsync(string meetingId)
    {
        var table = await rows.Table(Purpose);
        var found = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Encode(meetingId)))
            found.Add(row);
        return found
            .OrderBy(row => row.RowKey[0])
            .ThenBy(row => row.GetDateTimeOffset("ReplacedAt") ?? row.GetDateTimeOffset("RecordedAt") ?? row.GetDateTimeOffset("CreatedAt"))
            .ThenBy(row => row.RowKey, StringComparer.Ordinal)
            .Select(row => TableRowJson.ToTransfer(Purpose, row))
            .ToList();
    }

    /// <summary>
    /// Writes exported rows into a new meeting's partition, in transactions of at most 100. Their keys
    /// name people, whose ids the import has changed: the keys are made again from the rows' own
    /// (remapped) properties, and each action item's pointer is written for its assignee.
    /// </summary>
    public async Task ImportAsync(string meetingId, IReadOnlyList<TransferRow> exported)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(meetingId);
        var entities = exported.Where(r => r.Table == Purpose).Select(r => Rekeyed(TableRowJson.ToEntity(partition, r))).ToList();
        var index = await rows.Table(IndexPurpose);
        foreach (var item in entities.Where(e => e.RowKey.StartsWith("t|", StringComparison.Ordinal)))
            await index.UpsertEntityAsync(Pointer(item.GetString("AssigneeId"), meetingId, item.GetString("ItemId")), TableUpdateMode.Replace);
        foreach (var chunk in entities.Chunk(100))
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
    }

    private static TableEntity Rekeyed(TableEntity row)
    {
        var key = row.RowKey;
        if (key.StartsWith("a|", StringComparison.Ordinal))
            row.RowKey = "a|" + TableKeys.Encode(row.GetString("PersonId"));
        else if (key.StartsWith("h|", StringComparison.Ordinal))
            row.RowKey = $"h|{TableKeys.Encode(row.GetString("PersonId"))}|{key[(key.LastIndexOf('|') + 1)..]}";
        return row;
    }

    private static TableEntity Pointer(string personId, string meetingId, string itemId) =>
        new(TableKeys.Encode(personId), TableKeys.Encode($"{meetingId}|{itemId}")) { ["MeetingId"] = meetingId, ["ItemId"] = itemId };

    /// <summary>Where a person's action items are: (meeting, item) pairs.</summary>
    public async Task<IReadOnlyList<(string MeetingId, string ItemId)>> ItemsOfAsync(string personId)
    {
        var index = await rows.Table(IndexPurpose);
        var result = new List<(string, string)>();
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Encode(personId)))
            result.Add((row.GetString("MeetingId"), row.GetString("ItemId")));
        return result;
    }

    private static TableEntity AttendanceEntity(string partition, StoredAttendance record)
    {
        var entity = new TableEntity(partition, "a|" + TableKeys.Encode(record.PersonId))
        {
            ["PersonId"] = record.PersonId,
            ["Status"] = record.Status.ToString(),
            ["SubstituteFor"] = record.SubstituteForPersonId,
            ["Guest"] = record.Guest,
        };
        StampColumns.Write(entity, "Recorded", record.Recorded);
        return entity;
    }

    private static TableEntity CorrectionEntity(string partition, string personId, AttendanceCorrection correction)
    {
        var entity = new TableEntity(partition, $"h|{TableKeys.Encode(personId)}|{TableKeys.NewestFirst(correction.Replaced.At)}")
        {
            ["PersonId"] = personId,
            ["Status"] = correction.Status.ToString(),
            ["SubstituteFor"] = correction.SubstituteForPersonId,
            ["Guest"] = correction.Guest,
        };
        StampColumns.Write(entity, "Recorded", correction.Recorded);
        StampColumns.Write(entity, "Replaced", correction.Replaced);
        return entity;
    }

    private static TableEntity ItemEntity(ActionItem item)
    {
        var entity = new TableEntity(TableKeys.Encode(item.MeetingId), "t|" + TableKeys.Encode(item.Id))
        {
            ["ItemId"] = item.Id,
            ["NetworkId"] = item.NetworkId,
            ["What"] = item.What,
            ["AssigneeId"] = item.AssigneeId,
            ["Due"] = item.Due?.ToString("yyyy-MM-dd"),
            ["Done"] = item.Done,
        };
        StampColumns.Write(entity, "Created", item.Created);
        if (item.DoneChanged is { } changed)
            StampColumns.Write(entity, "DoneChanged", changed);
        return entity;
    }

    private static StoredAttendance ReadAttendance(TableEntity row) => new(
        row.GetString("PersonId"), Enum.Parse<AttendanceStatus>(row.GetString("Status")), row.GetString("SubstituteFor"),
        row.GetBoolean("Guest") ?? false, StampColumns.Read(row, "Recorded"), row.ETag);

    private static AttendanceCorrection ReadCorrection(TableEntity row) => new(
        Enum.Parse<AttendanceStatus>(row.GetString("Status")), row.GetString("SubstituteFor"), row.GetBoolean("Guest") ?? false,
        StampColumns.Read(row, "Recorded"), StampColumns.Read(row, "Replaced"));

    private static StoredActionItem ReadItem(string meetingId, TableEntity row) => new(new ActionItem(
        row.GetString("ItemId"), meetingId, row.GetString("NetworkId") ?? "", row.GetString("What") ?? "", row.GetString("AssigneeId") ?? "",
        row.GetString("Due") is { } due ? DateOnly.ParseExact(due, "yyyy-MM-dd") : null, row.GetBoolean("Done") ?? false,
        StampColumns.Read(row, "Created"), row.ContainsKey("DoneChangedAt") ? StampColumns.Read(row, "DoneChanged") : null), row.ETag);
}

/// <summary>A person's attendance as stored, with the ETag its next write is checked against.</summary>
public sealed record StoredAttendance(
    string PersonId, AttendanceStatus Status, string? SubstituteForPersonId, bool Guest, Stamp Recorded, ETag ETag);

public sealed record StoredActionItem(ActionItem Item, ETag ETag);

/// <summary>A meeting's rows in its grain's memory: read once per activation.</summary>
public sealed class MeetingRows
{
    public Dictionary<string, StoredAttendance> Current { get; } = [];
    public Dictionary<string, List<AttendanceCorrection>> History { get; } = [];
    public Dictionary<string, StoredActionItem> Items { get; } = [];
    public MeetingMinutes? Minutes { get; set; }

    public List<AttendanceCorrection> HistoryOf(string personId) => History.TryGetValue(personId, out var list) ? list : History[personId] = [];
}
