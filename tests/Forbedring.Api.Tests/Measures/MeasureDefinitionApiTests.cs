using Forbedring.Api.Tests.Areas;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Measures;

public sealed class MeasureDefinitionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    [Fact]
    public async Task A_measure_is_created_in_an_area_and_listed_there()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Proportion());

        Assert.Equal("PROPORTION", measure.GetProperty("dataKind").GetString());
        Assert.Equal("ANHOEJ", measure.GetProperty("ruleSet").GetString());
        Assert.Equal(1, measure.GetProperty("version").GetInt32());
        Assert.Contains("<strong>sjekklisten</strong>", measure.GetProperty("definitionHtml").GetString());
        var area = await http.AreaAsync(measure.GetProperty("areaId").GetString()!, "measureIds measures { id name suggestedChart { chart automatic reason } }");
        Assert.Equal(measure.Id(), area.GetProperty("measureIds")[0].GetString());
        var listed = area.GetProperty("measures")[0];
        Assert.Equal("Overflyttinger med sjekkliste", listed.GetProperty("name").GetString());
        Assert.Equal("RUN", listed.GetProperty("suggestedChart").GetProperty("chart").GetString());
        Assert.True(listed.GetProperty("suggestedChart").GetProperty("automatic").GetBoolean());
    }

    [Fact]
    public async Task A_measure_in_an_unknown_area_is_refused_and_not_created()
    {
        var errors = await http.MutateErrorsAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = "area_nope", definition = MeasureSetup.Count() });
        Assert.Contains("NOT_FOUND", errors.Codes());
        Assert.Contains("areaId", errors.Fields());
    }

    [Fact]
    public async Task A_definition_without_a_name_and_with_a_target_over_100_percent_reports_both()
    {
        var area = await http.CreateAreaAsync(await http.NetworkWithServiceAsync());
        var errors = await http.MutateErrorsAsync("createMeasure", "measure", "CreateMeasureInput", new
        {
            areaId = area.Id(),
            definition = new { name = " ", kind = "PROCESS", dataKind = "PROPORTION", frequency = "MONTH", better = "UP", target = 120, unit = new string('x', 201) },
        });
        Assert.Contains("REQUIRED", errors.Codes());
        Assert.Contains("OUT_OF_RANGE", errors.Codes());
        Assert.Contains("TOO_LONG", errors.Codes());
        var again = await http.AreaAsync(area.Id(), "measureIds");
        Assert.Equal(0, again.GetProperty("measureIds").GetArrayLength());
    }

    [Fact]
    public async Task An_update_based_on_an_old_version_is_refused_as_changed_by_someone_else()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Count());
        await http.MutateOkAsync("updateMeasure", "measure", "UpdateMeasureInput",
            new { id = measure.Id(), expectedVersion = 1, definition = new { name = "Fall med skade", kind = "OUTCOME", dataKind = "COUNT", frequency = "WEEK", better = "DOWN" } }, "version");

        var errors = await http.MutateErrorsAsync("updateMeasure", "measure", "UpdateMeasureInput",
            new { id = measure.Id(), expectedVersion = 1, definition = new { name = "Fall uten skade", kind = "OUTCOME", dataKind = "COUNT", frequency = "WEEK", better = "DOWN" } });

        Assert.Contains("CHANGED_BY_SOMEONE_ELSE", errors.Codes());
        Assert.Equal("Fall med skade", (await http.MeasureAsync(measure.Id(), "name")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_frequency_cannot_change_once_points_are_logged()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Count());
        await http.LogAsync(new { measureId = measure.Id(), period = "2024-W05", value = 2 });

        var errors = await http.MutateErrorsAsync("updateMeasure", "measure", "UpdateMeasureInput",
            new { id = measure.Id(), expectedVersion = 1, definition = MeasureSetup.Count("MONTH") });
        Assert.Contains("FIXED_ONCE_LOGGED", errors.Codes());
    }

    [Fact]
    public async Task Updating_an_unknown_measure_is_refused() =>
        Assert.Contains("NOT_FOUND", (await http.MutateErrorsAsync("updateMeasure", "measure", "UpdateMeasureInput",
            new { id = "measure_nope", expectedVersion = 1, definition = MeasureSetup.Count() })).Codes());

    [Fact]
    public async Task Chart_settings_set_the_chart_rule_set_baseline_and_phases()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Proportion());
        var points = Enumerable.Range(0, 16).Select(i => new { period = $"{2023 + (i / 12)}-{i % 12 + 1:D2}", numerator = i < 8 ? 4 + i % 3 : 14 + i % 3, denominator = 20 }).ToArray();
        await http.MutateOkAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId = measure.Id(), points }, "period");

        var updated = await http.MutateOkAsync("updateChartSettings", "measure", "UpdateChartSettingsInput",
            new { id = measure.Id(), expectedVersion = 1, chart = "P", ruleSet = "IHI", baselineEnd = "2023-06", phases = new[] { new { startsAt = "2023-09", label = "Ny sjekkliste" } } },
            "version chartType ruleSet baselineEnd phases { startsAt label } suggestedChart { chart automatic } chart { ruleSet choice { chart automatic reasonNb } analysis { parts { part } points { part } verdict { ruleSet messageNb } } periods }");

        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal("P", updated.GetProperty("chartType").GetString());
        var chart = updated.GetProperty("chart");
        Assert.False(chart.GetProperty("choice").GetProperty("automatic").GetBoolean());
        // What automatic would give is still told, so the settings can show it beside the team's choice.
        Assert.Equal("P", updated.GetProperty("suggestedChart").GetProperty("chart").GetString());
        Assert.True(updated.GetProperty("suggestedChart").GetProperty("automatic").GetBoolean());
        Assert.Equal("IHI", chart.GetProperty("ruleSet").GetString());
        Assert.Equal(2, chart.GetProperty("analysis").GetProperty("parts").GetArrayLength());
        Assert.Equal(2, chart.GetProperty("analysis").GetProperty("points")[8].GetProperty("part").GetInt32());
        Assert.Equal("2023-09", chart.GetProperty("periods")[8].GetString());
        Assert.Equal("IHI", chart.GetProperty("analysis").GetProperty("verdict").GetProperty("ruleSet").GetString());
    }

    [Fact]
    public async Task Chart_settings_with_foreign_periods_or_NHS_rules_on_a_P_chart_are_refused()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Proportion());
        var errors = await http.MutateErrorsAsync("updateChartSettings", "measure", "UpdateChartSettingsInput",
            new { id = measure.Id(), expectedVersion = 1, chart = "P", ruleSet = "NHS", baselineEnd = "2024-W05", phases = new[] { new { startsAt = "2024-13" } } });

        Assert.Contains("ruleSet", errors.Fields());
        Assert.Contains("baselineEnd", errors.Fields());
        Assert.Contains("phases[0].startsAt", errors.Fields());
        Assert.Equal(1, (await http.MeasureAsync(measure.Id(), "version")).GetProperty("version").GetInt32());
        var stale = await http.MutateErrorsAsync("updateChartSettings", "measure", "UpdateChartSettingsInput", new { id = measure.Id(), expectedVersion = 7 });
        Assert.Contains("CHANGED_BY_SOMEONE_ELSE", stale.Codes());
    }

    [Fact]
    public async Task Twelve_points_give_the_default_chart_for_the_data_and_a_summary_with_a_verdict()
    {
        var measure = await http.CreateMeasureAsync(MeasureSetup.Proportion());
        var points = Enumerable.Range(1, 12).Select(m => new { period = $"2024-{m:D2}", numerator = 10 + m % 2, denominator = 20 }).ToArray();
        await http.MutateOkAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId = measure.Id(), points }, "period");

        var read = await http.MeasureAsync(measure.Id(),
            "suggestedChart { chart automatic reason } chart { analysis { points { centerLine upperLimit } verdict { messageNb messageEn variation } } } " +
            "summary { name latestPeriod latestValue pointCount lastLogged { personId } chart variation verdict verdictNb verdictEn }");

        Assert.Equal("P", read.GetProperty("suggestedChart").GetProperty("chart").GetString());
        Assert.Contains("P-diagram", read.GetProperty("suggestedChart").GetProperty("reason").GetString());
        Assert.Equal(52.5, read.GetProperty("chart").GetProperty("analysis").GetProperty("points")[0].GetProperty("centerLine").GetDouble(), 6);
        var summary = read.GetProperty("summary");
        Assert.Equal("2024-12", summary.GetProperty("latestPeriod").GetString());
        Assert.Equal(50, summary.GetProperty("latestValue").GetDouble(), 6);
        Assert.Equal(12, summary.GetProperty("pointCount").GetInt32());
        Assert.Equal("P", summary.GetProperty("chart").GetString());
        Assert.Equal("COMMON", summary.GetProperty("variation").GetString());
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("verdictEn").GetString()));
    }
}
