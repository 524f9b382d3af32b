using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Areas;

/// <summary>Builds what an improvement area needs through the api: a network with a focus area and a member service.</summary>
public static class AreaSetup
{
    public const string AreaSelection = "id title networkId serviceId focusAreaId problem problemHtml status version templateId measureIds " +
        "aim { what howMuch byWhen text } statusHistory { from to date note by { personId } }";

    public sealed record Place(string NetworkId, string ServiceId, string FocusAreaId);

    public static async Task<Place> NetworkWithServiceAsync(this HttpClient http, string serviceName = "Smidsrød helsehus")
    {
        var network = await http.MutateOkAsync("createNetwork", "network", "NetworkInput",
            new { name = "Læringsnettverk Horten", theme = "Gode overganger", focusAreas = new[] { new { name = "Skrøpelige eldre" } } },
            "id focusAreas { id }");
        var service = await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = serviceName }, "id");
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput",
            new { networkId = network.Id(), serviceId = service.Id(), date = "2020-01-01" }, "id");
        return new Place(network.Id(), service.Id(), network.GetProperty("focusAreas")[0].Id());
    }

    public static async Task<JsonElement> CreateAreaAsync(this HttpClient http, Place place, string title = "Trygge interne overflyttinger") =>
        await http.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput", new
        {
            networkId = place.NetworkId,
            serviceId = place.ServiceId,
            focusAreaId = place.FocusAreaId,
            title,
            problem = "Beboere **mister** viktig informasjon ved flytting.",
            aim = new { what = "Overflyttinger med sjekkliste", howMuch = "fra 40 % til 90 %", byWhen = "2021-06-30", text = "Innen juni 2021 skal 90 % av overflyttingene følge sjekklisten." },
        }, AreaSelection);

    public static async Task<JsonElement> AreaAsync(this HttpClient http, string id, string selection = AreaSelection)
    {
        var (_, body) = await http.PostAsync($"query($id: ID!) {{ improvementArea(id: $id) {{ {selection} }} }}", new { id });
        return body.Data().GetProperty("improvementArea");
    }
}
