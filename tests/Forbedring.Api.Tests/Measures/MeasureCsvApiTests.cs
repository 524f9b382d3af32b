using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Measures;

public sealed class MeasureCsvApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private const string ImportSelection = "written dryRun succeeded errors { code field message } rows { line period numerator denominator note replaces errors { code field messageNb messageEn } }";

    private async Task<JsonElement> ImportAsync(string measureId, string csv, bool dryRun)
    {
        var (_, body) = await http.PostAsync($"mutation($input: ImportMeasureCsvInput!) {{ importMeasureCsv(input: $input) {{ {ImportSelection} }} }}",
            new { input = new { measureId, csv, dryRun } });
        return body.Data().GetProperty("importMeasureCsv");
    }

    [Fact]
    public async Task A_dry_run_reports_each_bad_row_by_line_and_writes_nothing()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var result = await ImportAsync(id, "dato;teller;nevner;merknad\n15.01.2024;4;10;ok\n2024-02-10;12;10;\nfebruar;1;2;\n", dryRun: true);

        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal(0, result.GetProperty("written").GetInt32());
        var rows = result.GetProperty("rows");
        Assert.Equal(0, rows[0].GetProperty("errors").GetArrayLength());
        Assert.Equal("2024-01", rows[0].GetProperty("period").GetString());
        Assert.Equal("NUMERATOR_ABOVE_DENOMINATOR", rows[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.StartsWith("Linje 3:", rows[1].GetProperty("errors")[0].GetProperty("messageNb").GetString());
        Assert.Equal("lines[4].period", rows[2].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, (await http.MeasureAsync(id, "points { period }")).GetProperty("points").GetArrayLength());

        var good = await ImportAsync(id, "dato;teller;nevner\n15.01.2024;4;10\n", dryRun: true);
        Assert.True(good.GetProperty("succeeded").GetBoolean());
        Assert.Equal(0, (await http.MeasureAsync(id, "points { period }")).GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task A_real_import_with_a_bad_row_writes_none_and_a_good_one_writes_all()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var bad = await ImportAsync(id, "periode,teller,nevner\n2024-01,1,2\n2024-02,1,x\n", dryRun: false);
        Assert.Equal(0, bad.GetProperty("written").GetInt32());
        Assert.Equal(0, (await http.MeasureAsync(id, "points { period }")).GetProperty("points").GetArrayLength());

        await http.LogAsync(new { measureId = id, period = "2024-01", numerator = 9, denominator = 9 });
        var good = await ImportAsync(id, "periode,teller,nevner,merknad\n2024-01,1,2,\"rettet, etter revisjon\"\n2024-02,3,4,\n", dryRun: false);

        Assert.True(good.GetProperty("succeeded").GetBoolean());
        Assert.Equal(2, good.GetProperty("written").GetInt32());
        Assert.True(good.GetProperty("rows")[0].GetProperty("replaces").GetBoolean());
        var points = (await http.MeasureAsync(id, "points { period numerator note history { numerator } }")).GetProperty("points");
        Assert.Equal(2, points.GetArrayLength());
        Assert.Equal("rettet, etter revisjon", points[0].GetProperty("note").GetString());
        Assert.Equal(9, points[0].GetProperty("history")[0].GetProperty("numerator").GetDouble());
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_or_for_an_unknown_measure_is_refused()
    {
        var id = (await http.CreateMeasureAsync(MeasureSetup.Proportion())).Id();
        var result = await ImportAsync(id, "periode;verdi\n2024-01;1\n", dryRun: true);
        Assert.Contains("MISSING_COLUMN", result.GetProperty("errors").Codes());
        var unknown = await ImportAsync("measure_nope", "periode;verdi\n2024-01;1\n", dryRun: true);
        Assert.Contains("NOT_FOUND", unknown.GetProperty("errors").Codes());
    }

    [Fact]
    public async Task The_series_exports_as_semicolon_CSV_with_decimal_commas_as_a_field_and_a_file()
    {
        var measure = await http.CreateMeasureAsync(new { name = "Ventetid på svar", kind = "PROCESS", dataKind = "MEASUREMENT", frequency = "MONTH", better = "DOWN" });
        await http.LogAsync(new { measureId = measure.Id(), period = "2024-02", value = 2.5, note = "etter nytt skjema; raskere" });
        await http.LogAsync(new { measureId = measure.Id(), period = "2024-01", value = 4 });
        const string expected = "periode;verdi;merknad\r\n2024-01;4;\r\n2024-02;2,5;\"etter nytt skjema; raskere\"\r\n";

        Assert.Equal(expected, (await http.MeasureAsync(measure.Id(), "csv")).GetProperty("csv").GetString());

        var response = await http.GetAsync($"/api/measures/{measure.Id()}/csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Ventetid-på-svar.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/api/measures/measure_nope/csv")).StatusCode);
    }
}
