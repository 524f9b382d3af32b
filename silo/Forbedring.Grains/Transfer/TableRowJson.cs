using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Forbedring.Abstractions.Transfer;

namespace Forbedring.Grains.Transfer;

/// <summary>
/// Table rows to and from JSON with each property's type kept ({"t":"Double","v":3}), so a row
/// comes back exactly as it was stored.
/// </summary>
public static class TableRowJson
{
    public static TransferRow ToTransfer(string table, TableEntity entity)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in entity)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
                continue;
            properties[name] = value switch
            {
                string s => Typed("String", JsonValue.Create(s)),
                double d => Typed("Double", JsonValue.Create(d)),
                int i => Typed("Int32", JsonValue.Create(i)),
                long l => Typed("Int64", JsonValue.Create(l)),
                bool b => Typed("Boolean", JsonValue.Create(b)),
                DateTimeOffset t => Typed("DateTime", JsonValue.Create(t)),
                DateTime t => Typed("DateTime", JsonValue.Create(new DateTimeOffset(t, TimeSpan.Zero))),
                Guid g => Typed("Guid", JsonValue.Create(g)),
                byte[] bytes => Typed("Binary", JsonValue.Create(Convert.ToBase64String(bytes))),
                BinaryData data => Typed("Binary", JsonValue.Create(Convert.ToBase64String(data.ToArray()))),
                null => null,
                _ => throw new NotSupportedException($"Table property {name} has type {value.GetType().Name}, which the export does not know."),
            };
        }
        return new TransferRow(table, entity.RowKey, properties.ToJsonString());
    }

    public static TableEntity ToEntity(string partitionKey, TransferRow row)
    {
        var entity = new TableEntity(partitionKey, row.RowKey);
        if (JsonNode.Parse(row.Properties) is not JsonObject properties)
            return entity;
        foreach (var (name, node) in properties)
        {
            if (node is not JsonObject typed || typed["v"] is not { } v)
                continue;
            entity[name] = typed["t"]?.GetValue<string>() switch
            {
                "String" => v.GetValue<string>(),
                "Double" => v.GetValue<double>(),
                "Int32" => v.GetValue<int>(),
                "Int64" => v.GetValue<long>(),
                "Boolean" => v.GetValue<bool>(),
                "DateTime" => v.GetValue<DateTimeOffset>(),
                "Guid" => v.GetValue<Guid>(),
                "Binary" => Convert.FromBase64String(v.GetValue<string>()),
                var other => throw new JsonException($"Unknown property type '{other}' for {name} in row {row.RowKey}."),
            };
        }
        return entity;
    }

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["t"] = type, ["v"] = value };
}
