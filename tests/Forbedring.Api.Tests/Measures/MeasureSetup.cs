using System.Text.Json;
using Forbedring.Api.Tests.Areas;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Measures;

/// <summary>Creates measures through the api, in an area of their own.</summary>
public static class MeasureSetup
{
    public const string Selection = "id areaId name kind dataKind frequency better definition definitionHtml target chartType ruleSet version baselineEnd phases { startsAt label }";

    public static async Task<JsonElement> CreateMeasureAsync(this HttpClient http, object definition, string selection = Selection)
    {
        var area = await http.CreateAreaAsync(await http.NetworkWithServiceAsync());
        return await http.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput", new { areaId = area.Id(), definition }, selection);
    }

    public static object Proportion(string name = "Overflyttinger med sjekkliste") => new
    {
        name, kind = "PROCESS", dataKind = "PROPORTION", frequency = "MONTH", better = "UP", target = 90,
        definition = "Andel overflyttinger der **sjekklisten** er fulgt.",
        numeratorDefinition = "Overflyttinger med sjekkliste", denominatorDefinition = "Alle overflyttinger",
    };

    public static object Count(string frequency = "WEEK") => new { name = "Fall", kind = "OUTCOME", dataKind = "COUNT", frequency, better = "DOWN" };

    public static async Task<JsonElement> MeasureAsync(this HttpClient http, string id, string selection)
    {
        var (_, body) = await http.PostAsync($"query($id: ID!) {{ measure(id: $id) {{ {selection} }} }}", new { id });
        return body.Data().GetProperty("measure");
    }

    public static Task<JsonElement> LogAsync(this HttpClient http, object input, string selection = "period value numerator denominator note") =>
        http.MutateOkAsync("logMeasurement", "point", "LogMeasurementInput", input, selection);
}
