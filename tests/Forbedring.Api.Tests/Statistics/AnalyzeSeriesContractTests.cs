using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Statistics;

/// <summary>
/// The analyzeSeries contract of STATISTICS.md, field by field: names, types, nullability and defaults, read
/// from the live schema by introspection (outside tools depend on them), and the defaults' effect on a call.
/// </summary>
public sealed class AnalyzeSeriesContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private const string TypeQuery = """
        query($name: String!) { __type(name: $name) {
          kind
          fields { name type { ...T } }
          inputFields { name defaultValue type { ...T } }
          enumValues { name }
        } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    private async Task<JsonElement> TypeAsync(string name)
    {
        var (_, body) = await http.PostAsync(TypeQuery, new { name });
        return body.Data().GetProperty("__type");
    }

    /// <summary>An introspected type reference written as SDL: [AnalysedPoint!]!.</summary>
    private static string Sdl(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Sdl(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Sdl(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static Dictionary<string, string> Fields(JsonElement type, string list) =>
        type.GetProperty(list).EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => Sdl(f.GetProperty("type")));

    [Theory]
    [InlineData("ChartType", "RUN I MR XBAR S P PP C U UP G T")]
    [InlineData("XKind", "INDEX DATE CATEGORY")]
    [InlineData("RuleSet", "ANHOEJ IHI NHS")]
    [InlineData("ImprovementDirection", "UP DOWN NEUTRAL")]
    public async Task Enums_have_exactly_the_contract_values(string name, string values)
    {
        var type = await TypeAsync(name);
        Assert.Equal(values.Split(' '), type.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Input_types_have_the_contract_fields_types_and_defaults()
    {
        var observation = await TypeAsync("ObservationInput");
        Assert.Equal(
            new Dictionary<string, string> { ["x"] = "String!", ["y"] = "Float", ["n"] = "Float" },
            Fields(observation, "inputFields"));

        var input = await TypeAsync("SeriesAnalysisInput");
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["chart"] = "ChartType!",
                ["xKind"] = "XKind!",
                ["observations"] = "[ObservationInput!]!",
                ["freeze"] = "Int",
                ["parts"] = "[Int!]",
                ["exclude"] = "[Int!]",
                ["multiply"] = "Float!",
                ["screenMovingRanges"] = "Boolean!",
                ["ruleSet"] = "RuleSet!",
                ["direction"] = "ImprovementDirection!",
                ["target"] = "Float",
            },
            Fields(input, "inputFields"));

        var defaults = input.GetProperty("inputFields").EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("defaultValue").ValueKind == JsonValueKind.Null ? null : f.GetProperty("defaultValue").GetString());
        Assert.Equal("INDEX", defaults["xKind"]);
        Assert.Equal(1.0, double.Parse(defaults["multiply"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("true", defaults["screenMovingRanges"]);
        Assert.Equal("ANHOEJ", defaults["ruleSet"]);
        Assert.Equal("NEUTRAL", defaults["direction"]);
        Assert.All(new[] { "chart", "observations", "freeze", "parts", "exclude", "target" }, name => Assert.Null(defaults[name]));
    }

    [Fact]
    public async Task Output_types_have_the_contract_fields_and_nullability()
    {
        // Every contract field must be there with its exact type; the project may add fields (verdict).
        var expected = new Dictionary<string, Dictionary<string, string>>
        {
            ["SeriesAnalysis"] = new()
            {
                ["points"] = "[AnalysedPoint!]!", ["parts"] = "[RunsAnalysis!]!", ["variation"] = "String",
                ["assurance"] = "String", ["warnings"] = "[String!]!",
            },
            ["AnalysedPoint"] = new()
            {
                ["x"] = "String!", ["y"] = "Float", ["n"] = "Float", ["centerLine"] = "Float", ["lowerLimit"] = "Float",
                ["upperLimit"] = "Float", ["lowerLimit95"] = "Float", ["upperLimit95"] = "Float", ["sigmaSignal"] = "Boolean!",
                ["part"] = "Int!", ["baseline"] = "Boolean!", ["included"] = "Boolean!", ["pointType"] = "String",
            },
            ["RunsAnalysis"] = new()
            {
                ["part"] = "Int!", ["observations"] = "Int!", ["usefulObservations"] = "Int!", ["runsSignal"] = "Boolean!",
                ["longestRun"] = "Int", ["longestRunMax"] = "Int", ["crossings"] = "Int", ["crossingsMin"] = "Int",
            },
        };

        foreach (var (typeName, fields) in expected)
        {
            var actual = Fields(await TypeAsync(typeName), "fields");
            foreach (var (field, sdl) in fields)
            {
                Assert.True(actual.TryGetValue(field, out var found), $"{typeName}.{field} is missing");
                Assert.Equal((typeName, field, sdl), (typeName, field, found));
            }
        }

        var query = Fields(await TypeAsync("Query"), "fields");
        Assert.Equal("SeriesAnalysis!", query["analyzeSeries"]);
    }

    [Fact]
    public async Task Omitted_options_take_the_contract_defaults()
    {
        // No xKind, multiply, screening, rule set or direction given: INDEX x, multiply 1, screened moving
        // ranges, Anhøj, neutral. 5 5 5 5 screened has null limits (every MR is 0 and 0 < 0 is false);
        // y is unmultiplied; no NHS point types; no assurance without a target.
        var (_, body) = await http.PostAsync(
            "query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { points { y upperLimit baseline included pointType part } assurance variation verdict { ruleSet } } }",
            new { input = new { chart = "I", observations = Enumerable.Range(0, 4).Select(i => new { x = $"{10 - i}", y = 5.0 }) } });

        var analysis = body.Data().GetProperty("analyzeSeries");
        Assert.All(analysis.GetProperty("points").EnumerateArray(), p =>
        {
            Assert.Equal(5, p.GetProperty("y").GetDouble());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("upperLimit").ValueKind);
            Assert.True(p.GetProperty("baseline").GetBoolean());
            Assert.True(p.GetProperty("included").GetBoolean());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("pointType").ValueKind);
            Assert.Equal(1, p.GetProperty("part").GetInt32());
        });
        Assert.Equal("ANHOEJ", analysis.GetProperty("verdict").GetProperty("ruleSet").GetString());
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("assurance").ValueKind);
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("variation").ValueKind);
    }

    [Theory]
    [InlineData("en", "Time between events must be greater than zero. Point 2 (x = '2') has 0.")]
    [InlineData("nb", "Tid mellom hendelser må være større enn null. Punkt 2 (x = '2') har 0.")]
    public async Task Bad_input_is_a_graphql_error_saying_what_and_where_in_the_requested_language(string language, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { warnings } }",
                variables = new { input = new { chart = "T", observations = new[] { new { x = "1", y = 3.0 }, new { x = "2", y = 0.0 } } } },
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        Assert.Equal($"input.points[1].y: {message}", error.GetProperty("message").GetString());
        Assert.Equal("NON_POSITIVE_TIME", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
