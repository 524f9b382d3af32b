namespace Forbedring.Abstractions.Transfer;

/// <summary>
/// One entity as it moves between installations: its stored state as JSON, and the table rows
/// it owns outside grain state (a measure's points, for instance).
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.TransferRecord")]
public sealed record TransferRecord(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string State,
    [property: Id(3)] IReadOnlyList<TransferRow> Rows);

/// <summary>A table row: the table's purpose, the row key, and the properties as typed JSON.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.TransferRow")]
public sealed record TransferRow(
    [property: Id(0)] string Table,
    [property: Id(1)] string RowKey,
    [property: Id(2)] string Properties);
