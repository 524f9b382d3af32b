using Azure.Data.Tables;

namespace Forbedring.Load;

/// <summary>The floor to compare with: single-row inserts straight into the same table service.</summary>
public static class RawTableInserts
{
    public static async Task<LoadResult> RunAsync(string connectionString, int clients, TimeSpan duration, int maxOperations)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("LoadRaw" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        try
        {
            var partition = Guid.NewGuid().ToString("N");
            return await LoadRunner.RunAsync("raw table insert", clients, duration, maxOperations, (_, n) =>
                table.AddEntityAsync(new TableEntity(partition, n.ToString("D8"))
                {
                    ["Value"] = (double)n,
                    ["Numerator"] = 3d,
                    ["Denominator"] = 10d,
                    ["Note"] = "load",
                }));
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    public static async Task<Growth> GrowthAsync(string connectionString, int points)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("LoadGrowth" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        try
        {
            var partition = Guid.NewGuid().ToString("N");
            return await Growth.MeasureAsync(points, n => table.AddEntityAsync(new TableEntity(partition, n.ToString("D8")) { ["Numerator"] = 1d, ["Denominator"] = 2d }));
        }
        finally
        {
            await table.DeleteAsync();
        }
    }
}
