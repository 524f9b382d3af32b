using System.Text;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Statistics;

public sealed class AnalyzeSeriesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Selection = """
        points { x y n centerLine lowerLimit upperLimit lowerLimit95 upperLimit95 sigmaSignal part baseline included pointType }
        parts { part observations usefulObservations runsSignal longestRun longestRunMax crossings crossingsMin }
        variation assurance warnings verdict { ruleSet trialLimits messageNb messageEn }
        """;

    private readonly HttpClient http = factory.Admin();

    private Task<(HttpResponseMessage Response, JsonElement Body)> AnalyseAsync(object input) =>
        http.PostAsync($"query($input: SeriesAnalysisInput!) {{ analyzeSeries(input: $input) {{ {Selection} }} }}", new { input });

    [Fact]
    public async Task An_i_chart_of_1_to_5_has_mean_3_and_limits_from_the_average_moving_range()
    {
        // Mean = 3; moving ranges all 1, so AMR = 1 and sigma = 1/1.128; UCL = 3 + 3/1.128, LCL = 3 - 3/1.128.
        var (_, body) = await AnalyseAsync(new
        {
            chart = "I",
            observations = Enumerable.Range(1, 5).Select(i => new { x = i.ToString(), y = (double)i }),
        });

        var analysis = body.Data().GetProperty("analyzeSeries");
        var point = analysis.GetProperty("points")[0];
        Assert.Equal(3, point.GetProperty("centerLine").GetDouble(), 9);
        Assert.Equal(3 + 3 / 1.128, point.GetProperty("upperLimit").GetDouble(), 9);
        Assert.Equal(3 - 3 / 1.128, point.GetProperty("lowerLimit").GetDouble(), 9);
        Assert.Equal(3 + 2 / 1.128, point.GetProperty("upperLimit95").GetDouble(), 9);
        Assert.True(analysis.GetProperty("verdict").GetProperty("trialLimits").GetBoolean());
        Assert.Equal("ANHOEJ", analysis.GetProperty("verdict").GetProperty("ruleSet").GetString());
        Assert.Equal(5, analysis.GetProperty("parts")[0].GetProperty("observations").GetInt32());
    }

    [Fact]
    public async Task A_p_chart_point_with_a_zero_denominator_has_null_y_limits_and_no_crash()
    {
        var (_, body) = await AnalyseAsync(new
        {
            chart = "P",
            observations = new object[]
            {
                new { x = "1", y = 2.0, n = 10.0 },
                new { x = "2", y = 0.0, n = 0.0 },
                new { x = "3", y = 3.0, n = 10.0 },
            },
        });

        var zero = body.Data().GetProperty("analyzeSeries").GetProperty("points")[1];
        Assert.Equal(JsonValueKind.Null, zero.GetProperty("y").ValueKind);
        Assert.Equal(JsonValueKind.Null, zero.GetProperty("upperLimit").ValueKind);
        Assert.Equal(0, zero.GetProperty("n").GetDouble());
    }

    [Fact]
    public async Task A_t_chart_with_a_zero_time_is_a_graphql_error_naming_the_point()
    {
        var (response, body) = await AnalyseAsync(new
        {
            chart = "T",
            observations = new[] { new { x = "1", y = 3.0 }, new { x = "2", y = 0.0 }, new { x = "3", y = 4.0 } },
        });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("input.", message);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Rows_of_a_p_chart_without_a_denominator_become_missing_pairs()
    {
        // The contract keeps x, y and n together, so lengths cannot mismatch; a row lacking n is the nearest case.
        var (_, body) = await AnalyseAsync(new
        {
            chart = "P",
            observations = new object[] { new { x = "1", y = 2.0, n = 10.0 }, new { x = "2", y = 3.0 }, new { x = "3", y = 4.0, n = 10.0 } },
        });

        var points = body.Data().GetProperty("analyzeSeries").GetProperty("points");
        Assert.Equal(JsonValueKind.Null, points[1].GetProperty("y").ValueKind);
        Assert.Equal(0, points[1].GetProperty("n").GetDouble());
        Assert.Equal(0.3, points[0].GetProperty("centerLine").GetDouble(), 9); // (2 + 4) / (10 + 10)
    }

    [Fact]
    public async Task A_p_chart_without_any_denominator_is_a_clear_error()
    {
        var (_, body) = await AnalyseAsync(new { chart = "P", observations = new[] { new { x = "1", y = 2.0 }, new { x = "2", y = 3.0 } } });

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Contains("input.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_date_series_with_a_malformed_date_names_the_row()
    {
        var (_, body) = await AnalyseAsync(new { chart = "RUN", xKind = "DATE", observations = new[] { new { x = "2024-01-01", y = 1.0 }, new { x = "01.02.2024", y = 2.0 } } });

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("01.02.2024", message);
    }

    [Fact]
    public async Task An_unknown_chart_type_is_a_validation_error()
    {
        var (_, body) = await AnalyseAsync(new { chart = "PIE", observations = new[] { new { x = "1", y = 1.0 } } });

        Assert.Contains("PIE", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task More_than_100000_observations_are_refused_clearly()
    {
        var json = new StringBuilder("""{"query":"query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { warnings } }","variables":{"input":{"chart":"I","observations":[""");
        for (var i = 1; i <= 100_001; i++)
            json.Append(i == 1 ? "" : ",").Append("{\"x\":\"").Append(i).Append("\",\"y\":1}");
        json.Append("]}}}");

        var response = await http.PostAsync("/graphql", new StringContent(json.ToString(), Encoding.UTF8, "application/json"));
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content);

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("100", message);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task The_nhs_rule_set_labels_points_and_gives_assurance_against_a_target()
    {
        var values = new[] { 5.0, 6, 5, 7, 6, 5, 6, 7, 5, 6, 20 };
        var (_, body) = await AnalyseAsync(new
        {
            chart = "I",
            ruleSet = "NHS",
            direction = "UP",
            target = 100.0,
            observations = values.Select((v, i) => new { x = (i + 1).ToString(), y = v }),
        });

        var analysis = body.Data().GetProperty("analyzeSeries");
        var last = analysis.GetProperty("points")[values.Length - 1];
        Assert.Equal("special_cause_improvement", last.GetProperty("pointType").GetString());
        Assert.Equal("consistent_fail", analysis.GetProperty("assurance").GetString());
    }
}
