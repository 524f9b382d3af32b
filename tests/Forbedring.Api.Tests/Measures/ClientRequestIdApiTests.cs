using Azure.Data.Tables;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Forbedring.Api.Tests.Measures;

/// <summary>
/// A phone that lost its connection sends its queued entry again with the same key: the endpoint
/// answers as before and writes nothing more, even after the grain is gone. Counted in the table.
/// </summary>
public sealed class ClientRequestIdApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private Task<System.Text.Json.JsonElement> Tally(object input) =>
        http.MutateOkAsync("logTally", "point", "LogTallyInput", input, "period numerator denominator value");

    [Fact]
    public async Task A_tally_sent_twice_with_one_key_counts_once_and_a_new_key_counts_again()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var key = Guid.NewGuid().ToString();

        var first = await Tally(new { measureId = id, period = "2024-05", done = true, clientRequestId = key });
        var repeat = await Tally(new { measureId = id, period = "2024-05", done = true, clientRequestId = key });
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
        Assert.Equal(1, repeat.GetProperty("denominator").GetDouble());

        // The grain forgets everything; the receipt in the table still recognises the key.
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var afterRestart = await Tally(new { measureId = id, period = "2024-05", done = true, clientRequestId = key });
        Assert.Equal(1, afterRestart.GetProperty("denominator").GetDouble());

        var other = await Tally(new { measureId = id, period = "2024-05", done = false, clientRequestId = Guid.NewGuid().ToString() });
        Assert.Equal(2, other.GetProperty("denominator").GetDouble());
        Assert.Equal(1, other.GetProperty("numerator").GetDouble());

        var rows = await RowKeysAsync(id);
        Assert.Equal(["2024-05", $"r|{key}"], rows.Where(r => !r.StartsWith("r|", StringComparison.Ordinal) || r == $"r|{key}"));
        Assert.Equal(2, rows.Count(r => r.StartsWith("r|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_log_sent_twice_with_one_key_writes_once_and_keeps_no_history_of_itself()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Count("MONTH"))).Id();
        var key = Guid.NewGuid().ToString("N");
        var input = new { measureId = id, period = "2024-03", value = 4, note = "fra tavla", clientRequestId = key };

        await http.LogAsync(input);
        var repeat = await http.LogAsync(input, "period value note history { value }");
        Assert.Equal(4, repeat.GetProperty("value").GetDouble());
        Assert.Equal(0, repeat.GetProperty("history").GetArrayLength());

        // Without a key a second log is a correction, with a history row, as before.
        await http.LogAsync(new { measureId = id, period = "2024-03", value = 5 });
        var rows = await RowKeysAsync(id);
        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r.StartsWith("h|2024-03|", StringComparison.Ordinal));
        Assert.Contains($"r|{key}", rows);

        // The receipt keeps a hash, never the note itself.
        var receipt = await Table().GetEntityAsync<TableEntity>(id, $"r|{key}");
        Assert.DoesNotContain(receipt.Value, kv => kv.Value is string s && s.Contains("tavla", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_reused_for_other_content_is_refused_and_a_malformed_key_names_the_field()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Count("MONTH"))).Id();
        var key = Guid.NewGuid().ToString();
        await http.LogAsync(new { measureId = id, period = "2024-03", value = 4, clientRequestId = key });

        var reused = await http.MutateErrorsAsync("logMeasurement", "point", "LogMeasurementInput",
            new { measureId = id, period = "2024-03", value = 9, clientRequestId = key });
        Assert.Equal(["REQUEST_ID_REUSED"], reused.Codes());
        Assert.Equal("clientRequestId", reused[0].GetProperty("field").GetString());

        var malformed = await http.MutateErrorsAsync("logTally", "point", "LogTallyInput",
            new { measureId = id, period = "2024-03", clientRequestId = "kort" });
        Assert.Equal(["INVALID"], malformed.Codes());
        Assert.Contains("clientRequestId", malformed[0].GetProperty("messageNb").GetString());
        Assert.Equal(4, (await http.MeasureAsync(id, "points { value }")).GetProperty("points")[0].GetProperty("value").GetDouble());
        Assert.Equal(2, (await RowKeysAsync(id)).Count);
    }

    private TableClient Table() =>
        new TableServiceClient(Environment.GetEnvironmentVariable(ApiFactory.StorageVariable)).GetTableClient(factory.TablePrefix + "MeasurePoints");

    private async Task<List<string>> RowKeysAsync(string measureId)
    {
        var keys = new List<string>();
        await foreach (var row in Table().QueryAsync<TableEntity>(e => e.PartitionKey == measureId))
            keys.Add(row.RowKey);
        return keys;
    }
}
