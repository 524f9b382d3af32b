using Azure.Data.Tables;

namespace Forbedring.Grains.Storage;

/// <summary>
/// Splits serialized state over binary properties Data0..DataN, because one property holds at
/// most 64 KiB, and joins them again on read.
/// </summary>
internal static class StateChunks
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Ten chunks (640 KiB). An entity may hold 1 MiB, but Azurite refuses updates whose
    /// base64 JSON body passes 1 MiB, which is about 700 KiB of payload.
    /// </summary>
    public const int MaxChunks = 10;

    public const long MaxBytes = (long)ChunkSize * MaxChunks;

    private const string CountProperty = "DataChunks";
    private const string ChunkPrefix = "Data";

    public static void Write(TableEntity entity, ReadOnlyMemory<byte> data)
    {
        var count = (data.Length + ChunkSize - 1) / ChunkSize;
        entity[CountProperty] = count;
        for (var i = 0; i < count; i++)
        {
            var start = i * ChunkSize;
            var length = Math.Min(ChunkSize, data.Length - start);
            entity[ChunkPrefix + i] = data.Slice(start, length).ToArray();
        }
    }

    public static byte[] Read(TableEntity entity)
    {
        var count = entity.GetInt32(CountProperty) ?? 0;
        var chunks = new byte[count][];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            chunks[i] = entity.GetBinary(ChunkPrefix + i)
                ?? throw new InvalidDataException($"Stored state {entity.PartitionKey}/{entity.RowKey} lacks chunk {i} of {count}.");
            total += chunks[i].Length;
        }

        var result = new byte[total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(result, offset);
            offset += chunk.Length;
        }
        return result;
    }
}
