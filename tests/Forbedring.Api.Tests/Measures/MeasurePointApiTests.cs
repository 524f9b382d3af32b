using System.Text.Json;
using Azure.Data.Tables;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Forbedring.Api.Tests.Measures;

public sealed class MeasurePointApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private const string PointSelection = "period value numerator denominator note logged { personId name } excluded exclusion { reason } annotations { text written { personId } } " +
        "history { value numerator denominator note logged { personId } replaced { personId } }";

    private Task<JsonElement> Points(string id) => http.MeasureAsync(id, $"points {{ {PointSelection} }}");

    private async Task<JsonElement> LogErrorsAsync(object input) =>
        await http.MutateErrorsAsync("logMeasurement", "point", "LogMeasurementInput", input);

    [Fact]
    public async Task Logging_three_points_and_correcting_one_keeps_the_first_value_in_history()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Proportion());
        var id = measure.Id();
        await http.LogAsync(new { measureId = id, period = "2024-01", numerator = 4, denominator = 10, note = "første" });
        await http.LogAsync(new { measureId = id, period = "2024-02", numerator = 5, denominator = 10 });
        await http.LogAsync(new { measureId = id, date = "2024-03-15", numerator = 6, denominator = 12 });

        // Ola, who works in the service, corrects January: the correction is his, the first value stays in the history.
        var ola = (await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Ola Ansatt" }, "id")).Id();
        var serviceId = (await http.MeasureAsync(id, "area { serviceId }")).GetProperty("area").GetProperty("serviceId").GetString();
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId, personId = ola, role = "STAFF" }, "id");
        var corrected = await (await factory.AsPersonAsync(ola)).LogAsync(
            new { measureId = id, period = "2024-01", numerator = 7, denominator = 10, note = "rettet" }, PointSelection);

        Assert.Equal(7, corrected.GetProperty("numerator").GetDouble());
        var history = corrected.GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal(4, history[0].GetProperty("numerator").GetDouble());
        Assert.Equal("første", history[0].GetProperty("note").GetString());
        Assert.Equal(ola, history[0].GetProperty("replaced").GetProperty("personId").GetString());

        var points = (await Points(id)).GetProperty("points");
        Assert.Equal(["2024-01", "2024-02", "2024-03"], points.EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(7, points[0].GetProperty("numerator").GetDouble());
        Assert.Equal("rettet", points[0].GetProperty("note").GetString());
        Assert.Equal(ola, points[0].GetProperty("logged").GetProperty("personId").GetString());
        Assert.Equal(4, points[0].GetProperty("history")[0].GetProperty("numerator").GetDouble());
        Assert.Equal(0, points[1].GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task The_points_read_back_the_same_from_storage_after_the_grain_is_gone()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Count("DAY"));
        var id = measure.Id();
        await http.LogAsync(new { measureId = id, period = "2024-03-01", value = 2 });
        await http.LogAsync(new { measureId = id, period = "2024-03-02", value = 3 });
        await http.LogAsync(new { measureId = id, period = "2024-03-01", value = 4 });
        await http.MutateOkAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = id, period = "2024-03-02", text = "Ny rutine" }, "period");
        var before = (await Points(id)).GetRawText();

        // Every activation goes, so the next read loads the grain state and the rows again.
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(before, (await Points(id)).GetRawText());
        var rows = await RowKeysAsync(id);
        Assert.Equal(4, rows.Count);
        Assert.Contains("2024-03-01", rows);
        Assert.Contains("2024-03-02", rows);
        Assert.Single(rows, r => r.StartsWith("h|2024-03-01|", StringComparison.Ordinal));
        Assert.Single(rows, r => r.StartsWith("a|2024-03-02|", StringComparison.Ordinal));
    }

    private async Task<List<string>> RowKeysAsync(string measureId)
    {
        var table = new TableServiceClient(Environment.GetEnvironmentVariable(ApiFactory.StorageVariable)).GetTableClient(factory.TablePrefix + "MeasurePoints");
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == measureId))
            keys.Add(row.RowKey);
        return keys;
    }

    [Fact]
    public async Task Bad_points_are_refused_with_the_rule_they_break()
    {
        var proportion = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var count = (await http.CreateMeasureAsync(MeasureSetup.Count())).Id();

        Assert.Contains("NUMERATOR_ABOVE_DENOMINATOR", (await LogErrorsAsync(new { measureId = proportion, period = "2024-01", numerator = 11, denominator = 10 })).Codes());
        Assert.Contains("NEGATIVE", (await LogErrorsAsync(new { measureId = count, period = "2024-W05", value = -1 })).Codes());
        Assert.Contains("NOT_WHOLE", (await LogErrorsAsync(new { measureId = count, period = "2024-W05", value = 1.5 })).Codes());
        Assert.Contains("BAD_PERIOD", (await LogErrorsAsync(new { measureId = count, period = "2024-03", value = 1 })).Codes());
        Assert.Contains("BAD_PERIOD", (await LogErrorsAsync(new { measureId = proportion, period = "2024-13", numerator = 1, denominator = 2 })).Codes());
        Assert.Contains("TOO_LONG", (await LogErrorsAsync(new { measureId = count, period = "2024-W05", value = 1, note = new string('x', 501) })).Codes());
        Assert.Contains("NOT_USED", (await LogErrorsAsync(new { measureId = proportion, period = "2024-01", value = 1 })).Codes());
        Assert.Contains("REQUIRED", (await LogErrorsAsync(new { measureId = count, value = 1 })).Codes());
        Assert.Contains("NOT_FOUND", (await LogErrorsAsync(new { measureId = "measure_nope", period = "2024-01", value = 1 })).Codes());

        Assert.Equal(0, (await Points(proportion)).GetProperty("points").GetArrayLength());
        Assert.Equal(0, (await Points(count)).GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task A_tally_adds_one_observation_to_its_period()
    {
        var proportion = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        foreach (var done in new[] { true, true, false })
            await http.MutateOkAsync("logTally", "point", "LogTallyInput", new { measureId = proportion, date = "2024-05-07", done }, "period");
        var count = (await http.CreateMeasureAsync(MeasureSetup.Count())).Id();
        await http.MutateOkAsync("logTally", "point", "LogTallyInput", new { measureId = count, period = "2024-W19" }, "period");
        var last = await http.MutateOkAsync("logTally", "point", "LogTallyInput", new { measureId = count, date = "2024-05-07" }, "period value");

        var point = (await Points(proportion)).GetProperty("points")[0];
        Assert.Equal("2024-05", point.GetProperty("period").GetString());
        Assert.Equal((2.0, 3.0), (point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble()));
        Assert.Equal(("2024-W19", 2.0), (last.GetProperty("period").GetString(), last.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_tally_on_a_measurement_or_a_bad_period_is_refused()
    {
        var measurement = (await http.CreateMeasureAsync(new { name = "Ventetid", kind = "PROCESS", dataKind = "MEASUREMENT", frequency = "MONTH", better = "DOWN" })).Id();
        var errors = await http.MutateErrorsAsync("logTally", "point", "LogTallyInput", new { measureId = measurement, period = "2024-05" });
        Assert.Contains("TALLY_NOT_SUPPORTED", errors.Codes());
        var period = await http.MutateErrorsAsync("logTally", "point", "LogTallyInput", new { measureId = measurement, period = "mai" });
        Assert.Contains("BAD_PERIOD", period.Codes());
        Assert.Contains("NOT_FOUND", (await http.MutateErrorsAsync("logTally", "point", "LogTallyInput", new { measureId = "measure_nope", period = "2024-05" })).Codes());
    }

    [Fact]
    public async Task A_bulk_entry_with_one_bad_row_names_it_and_writes_nothing()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var errors = await http.MutateErrorsAsync("logMeasurements", "points", "LogMeasurementsInput", new
        {
            measureId = id,
            points = new object[]
            {
                new { period = "2024-01", numerator = 1, denominator = 2 },
                new { period = "2024-02", numerator = 1, denominator = 2 },
                new { period = "2024-03", numerator = 1, denominator = 2 },
                new { period = "2024-04", numerator = 3, denominator = 2 },
                new { period = "2024-02", numerator = 1, denominator = 2 },
            },
        });

        Assert.Contains("points[3].numerator", errors.Fields());
        Assert.Contains("points[4].period", errors.Fields());
        Assert.Equal(0, (await Points(id)).GetProperty("points").GetArrayLength());
        Assert.Contains("REQUIRED", (await http.MutateErrorsAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId = id, points = Array.Empty<object>() })).Codes());
    }

    [Fact]
    public async Task A_bulk_entry_past_one_table_transaction_writes_every_point_and_keeps_corrections()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Count("DAY"))).Id();
        var first = new DateOnly(2024, 1, 1);
        await http.LogAsync(new { measureId = id, period = "2024-01-01", value = 99 });
        var points = Enumerable.Range(0, 150).Select(i => new { date = first.AddDays(i).ToString("yyyy-MM-dd"), value = i % 5 }).ToArray();

        var written = await http.MutateOkAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId = id, points }, "period");

        Assert.Equal(150, written.GetArrayLength());
        var read = (await Points(id)).GetProperty("points");
        Assert.Equal(150, read.GetArrayLength());
        Assert.Equal(0, read[0].GetProperty("value").GetDouble());
        Assert.Equal(99, read[0].GetProperty("history")[0].GetProperty("value").GetDouble());
        Assert.Equal(4, read[149].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Points_are_annotated_excluded_and_included_again()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var points = Enumerable.Range(1, 6).Select(m => new { period = $"2024-{m:D2}", numerator = m, denominator = 10 }).ToArray();
        await http.MutateOkAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId = id, points }, "period");

        var annotated = await http.MutateOkAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = id, period = "2024-02", text = "Ny sjekkliste tatt i bruk" }, PointSelection);
        Assert.Equal("Ny sjekkliste tatt i bruk", annotated.GetProperty("annotations")[0].GetProperty("text").GetString());
        var excluded = await http.MutateOkAsync("excludePoint", "point", "ExcludePointInput", new { measureId = id, period = "2024-03", reason = "Feilregistrering" }, PointSelection);
        Assert.True(excluded.GetProperty("excluded").GetBoolean());

        var chart = (await http.MeasureAsync(id, "chart { analysis { points { included } } }")).GetProperty("chart").GetProperty("analysis").GetProperty("points");
        Assert.False(chart[2].GetProperty("included").GetBoolean());
        Assert.True(chart[1].GetProperty("included").GetBoolean());

        var included = await http.MutateOkAsync("includePoint", "point", "IncludePointInput", new { measureId = id, period = "2024-03" }, PointSelection);
        Assert.False(included.GetProperty("excluded").GetBoolean());
        var again = (await http.MeasureAsync(id, "chart { analysis { points { included } } }")).GetProperty("chart").GetProperty("analysis").GetProperty("points");
        Assert.True(again[2].GetProperty("included").GetBoolean());
    }

    [Fact]
    public async Task Annotating_excluding_or_including_what_is_not_there_is_refused()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        await http.LogAsync(new { measureId = id, period = "2024-01", numerator = 1, denominator = 2 });

        Assert.Contains("NOT_FOUND", (await http.MutateErrorsAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = id, period = "2024-02", text = "x" })).Codes());
        Assert.Contains("REQUIRED", (await http.MutateErrorsAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = id, period = "2024-01", text = " " })).Codes());
        Assert.Contains("TOO_LONG", (await http.MutateErrorsAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = id, period = "2024-01", text = new string('x', 501) })).Codes());
        Assert.Contains("REQUIRED", (await http.MutateErrorsAsync("excludePoint", "point", "ExcludePointInput", new { measureId = id, period = "2024-01", reason = "" })).Codes());
        Assert.Contains("BAD_PERIOD", (await http.MutateErrorsAsync("excludePoint", "point", "ExcludePointInput", new { measureId = id, period = "jan", reason = "x" })).Codes());
        Assert.Contains("INVALID", (await http.MutateErrorsAsync("includePoint", "point", "IncludePointInput", new { measureId = id, period = "2024-01" })).Codes());
        Assert.Contains("NOT_FOUND", (await http.MutateErrorsAsync("includePoint", "point", "IncludePointInput", new { measureId = "measure_nope", period = "2024-01" })).Codes());
        Assert.Equal(0, (await Points(id)).GetProperty("points")[0].GetProperty("annotations").GetArrayLength());
    }
}
