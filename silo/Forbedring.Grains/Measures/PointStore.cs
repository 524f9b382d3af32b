using Azure;
using Azure.Data.Tables;
using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Measures;

/// <summary>
/// The rows of every series, one partition per measure (PartitionKey = the measure id):
/// <list type="bullet">
/// <item>a point: RowKey = the period key (2024-03, 2024-W05, 2024-03-15);</item>
/// <item>an earlier value of a point: RowKey = <c>h|period|inverted ticks</c> (newest first), written in
/// the same table transaction as the point that replaces it;</item>
/// <item>an annotation: RowKey = <c>a|period|ticks</c>;</item>
/// <item>a client's request key: RowKey = <c>r|key</c> (<see cref="RequestReceipt"/>), written in the same
/// transaction as the point it logged, so a point is never written without it nor it without the point.
/// Receipts sort after every other row and are never loaded with the series, only looked up by key.</item>
/// </list>
/// Logging a point writes one transaction of one or two rows, whatever the length of the series.
/// </summary>
public sealed class PointStore(TableRowStore rows)
{
    private const string Purpose = "MeasurePoints";

    /// <summary>Azure Tables takes at most 100 operations in one transaction.</summary>
    public const int MaxTransaction = 100;

    private const string ReceiptPrefix = "r|";

    public async Task<SeriesRows> LoadAsync(string measureId)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(measureId);
        var series = new SeriesRows();
        // Points, history and annotations sort before "r|": the receipts are left in the table.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {ReceiptPrefix}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            var key = row.RowKey;
            if (key.StartsWith("h|", StringComparison.Ordinal))
                series.HistoryOf(key.Split('|')[1]).Add(ReadCorrection(row));
            else if (key.StartsWith("a|", StringComparison.Ordinal))
                series.AnnotationsOf(key.Split('|')[1]).Add(new PointAnnotation(key, row.GetString("Text") ?? "", StampColumns.Read(row, "")));
            else
                series.Points[key] = ReadPoint(row);
        }
        foreach (var history in series.History.Values)
            history.Sort((a, b) => b.Replaced.At.CompareTo(a.Replaced.At));
        return series;
    }

    /// <summary>Every row of a measure's partition but the receipts (a client's retries do not travel), for the network export.</summary>
    public async Task<IReadOnlyList<TransferRow>> ExportAsync(string measureId)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(measureId);
        var result = new List<TransferRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {ReceiptPrefix}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
            result.Add(TableRowJson.ToTransfer(Purpose, row));
        return result;
    }

    /// <summary>Writes exported rows into a new measure's partition, in transactions of at most 100.</summary>
    public async Task ImportAsync(string measureId, IReadOnlyList<TransferRow> exported)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(measureId);
        foreach (var chunk in exported.Where(r => r.Table == Purpose).Chunk(MaxTransaction))
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, TableRowJson.ToEntity(partition, r))));
    }

    /// <summary>
    /// Writes new values for periods, keeping each replaced value as a history row in the same
    /// transaction (unless <paramref name="keepHistory"/> is false, as for tallies). Updates the
    /// cache only after each transaction is durably written. Rows are checked against the ETags
    /// read, so a second writer is refused rather than overwritten. A <paramref name="receipt"/> goes
    /// into the last transaction as an insert: if the same key was written meanwhile (by another
    /// activation), the whole transaction is refused and nothing is counted twice.
    /// </summary>
    public async Task WriteAsync(string measureId, SeriesRows series, IReadOnlyList<StoredPoint> points, Stamp by, bool keepHistory, RequestReceipt? receipt = null)
    {
        var table = await rows.Table(Purpose);
        var partition = TableKeys.Encode(measureId);
        var batch = new List<TableTransactionAction>();
        var pending = new List<(StoredPoint Point, int ActionIndex, PointCorrection? Correction)>();

        async Task FlushAsync()
        {
            if (batch.Count == 0)
                return;
            // A lone row goes as a plain write: cheaper than a transaction, and its response carries the ETag.
            var responses = batch.Count == 1
                ? [await WriteOneAsync(table, batch[0])]
                : (await table.SubmitTransactionAsync(batch)).Value;
            foreach (var (point, index, correction) in pending)
            {
                var etag = responses[index].Headers.ETag ?? (await table.GetEntityAsync<TableEntity>(partition, point.Period)).Value.ETag;
                series.Points[point.Period] = point with { ETag = etag };
                if (correction is not null)
                    series.HistoryOf(point.Period).Insert(0, correction);
            }
            batch.Clear();
            pending.Clear();
        }

        foreach (var point in points)
        {
            var previous = series.Points.GetValueOrDefault(point.Period);
            var needed = previous is not null && keepHistory ? 2 : 1;
            if (batch.Count + needed + (receipt is null ? 0 : 1) > MaxTransaction)
                await FlushAsync();
            var entity = PointEntity(partition, point);
            PointCorrection? correction = null;
            if (previous is null)
            {
                batch.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
            }
            else
            {
                batch.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, previous.ETag));
                if (keepHistory)
                {
                    correction = new PointCorrection(previous.Value, previous.Numerator, previous.Denominator, previous.Note, previous.Logged, by);
                    batch.Add(new TableTransactionAction(TableTransactionActionType.Add, CorrectionEntity(partition, point.Period, correction)));
                }
            }
            pending.Add((point, batch.Count - needed, correction));
        }
        if (receipt is not null)
            batch.Add(new TableTransactionAction(TableTransactionActionType.Add, ReceiptEntity(partition, receipt)));
        await FlushAsync();
    }

    /// <summary>The receipt of a client's request key on this measure, or null when the key is new.</summary>
    public async Task<RequestReceipt?> FindReceiptAsync(string measureId, string requestId)
    {
        var table = await rows.Table(Purpose);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(measureId), TableKeys.Encode(ReceiptPrefix + requestId));
        if (!found.HasValue || found.Value is not { } row)
            return null;
        return new RequestReceipt(requestId, row.GetString("Period") ?? "", row.GetString("Fingerprint") ?? "", StampColumns.Read(row, ""));
    }

    private static TableEntity ReceiptEntity(string partition, RequestReceipt receipt)
    {
        var entity = new TableEntity(partition, TableKeys.Encode(ReceiptPrefix + receipt.Id))
        {
            ["Period"] = receipt.Period,
            ["Fingerprint"] = receipt.Fingerprint,
        };
        StampColumns.Write(entity, "", receipt.Sent);
        return entity;
    }

    private static async Task<Response> WriteOneAsync(TableClient table, TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Add => await table.AddEntityAsync(action.Entity),
        TableTransactionActionType.UpdateReplace => await table.UpdateEntityAsync(action.Entity, action.ETag, TableUpdateMode.Replace),
        _ => throw new InvalidOperationException($"Unexpected single write {action.ActionType}."),
    };

    public async Task<PointAnnotation> AnnotateAsync(string measureId, string period, string text, Stamp by)
    {
        var table = await rows.Table(Purpose);
        var key = $"a|{period}|{by.At.UtcTicks:D19}";
        var entity = new TableEntity(TableKeys.Encode(measureId), key) { ["Text"] = text };
        StampColumns.Write(entity, "", by);
        await table.AddEntityAsync(entity);
        return new PointAnnotation(key, text, by);
    }

    private static TableEntity PointEntity(string partition, StoredPoint point)
    {
        var entity = new TableEntity(partition, point.Period)
        {
            ["Value"] = point.Value,
            ["Numerator"] = point.Numerator,
            ["Denominator"] = point.Denominator,
            ["Note"] = point.Note,
        };
        StampColumns.Write(entity, "Logged", point.Logged);
        return entity;
    }

    private static TableEntity CorrectionEntity(string partition, string period, PointCorrection correction)
    {
        var entity = new TableEntity(partition, $"h|{period}|{TableKeys.NewestFirst(correction.Replaced.At)}")
        {
            ["Value"] = correction.Value,
            ["Numerator"] = correction.Numerator,
            ["Denominator"] = correction.Denominator,
            ["Note"] = correction.Note,
        };
        StampColumns.Write(entity, "Logged", correction.Logged);
        StampColumns.Write(entity, "Replaced", correction.Replaced);
        return entity;
    }

    private static StoredPoint ReadPoint(TableEntity row) => new(
        row.RowKey, row.GetDouble("Value"), row.GetDouble("Numerator"), row.GetDouble("Denominator"), row.GetString("Note"),
        StampColumns.Read(row, "Logged"), row.ETag);

    private static PointCorrection ReadCorrection(TableEntity row) => new(
        row.GetDouble("Value"), row.GetDouble("Numerator"), row.GetDouble("Denominator"), row.GetString("Note"),
        StampColumns.Read(row, "Logged"), StampColumns.Read(row, "Replaced"));
}

/// <summary>
/// That a client's request key was used: for which period, with what (a hash of the input and the
/// person, never the note itself), by whom and when.
/// </summary>
public sealed record RequestReceipt(string Id, string Period, string Fingerprint, Stamp Sent);

/// <summary>A point as stored, with the ETag its next write is checked against.</summary>
public sealed record StoredPoint(string Period, double? Value, double? Numerator, double? Denominator, string? Note, Stamp Logged, ETag ETag);

/// <summary>A series loaded into a measure grain's memory: points by period (in period order), history and annotations.</summary>
public sealed class SeriesRows
{
    public SortedDictionary<string, StoredPoint> Points { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<PointCorrection>> History { get; } = [];
    public Dictionary<string, List<PointAnnotation>> Annotations { get; } = [];

    public List<PointCorrection> HistoryOf(string period) => History.TryGetValue(period, out var list) ? list : History[period] = [];

    public List<PointAnnotation> AnnotationsOf(string period) => Annotations.TryGetValue(period, out var list) ? list : Annotations[period] = [];
}
