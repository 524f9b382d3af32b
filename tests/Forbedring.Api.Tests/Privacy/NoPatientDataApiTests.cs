using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Privacy;

/// <summary>Free text carrying a national identity number is refused wherever it is written, and nothing is stored.</summary>
public sealed class NoPatientDataApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Fnr = "150675 43278"; // made with the mod-11 rule; no real person's

    private readonly HttpClient http = factory.Admin();

    [Fact]
    public async Task A_network_description_with_a_national_id_is_refused()
    {
        var errors = await http.MutateErrorsAsync("createNetwork", "network", "NetworkInput", new { name = "Nettverk", description = $"Gjelder pasient {Fnr}" });

        Assert.Equal(["PATIENT_IDENTIFIABLE"], errors.Codes());
        Assert.Equal(["description"], errors.Fields());
    }

    [Fact]
    public async Task A_measurement_note_with_a_national_id_is_refused_and_the_period_stays_empty()
    {
        var network = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Personvern" }, "id")).Id();
        var service = (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Rus/psyk" }, "id")).Id();
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service }, "id");
        var area = (await http.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput", new { networkId = network, serviceId = service, title = "Dokumentasjon" }, "id")).Id();
        var measure = (await http.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = area, definition = new { name = "Journalnotat ved endring", kind = "PROCESS", dataKind = "COUNT", frequency = "WEEK", better = "UP" } }, "id")).Id();

        var errors = await http.MutateErrorsAsync("logMeasurement", "point", "LogMeasurementInput",
            new { measureId = measure, period = "2020-W10", value = 3.0, note = $"Gjaldt {Fnr}" });

        Assert.Contains("PATIENT_IDENTIFIABLE", errors.Codes());
        var (_, body) = await http.PostAsync("query($id: ID!) { measure(id: $id) { points { period } } }", new { id = measure });
        Assert.Equal(0, body.Data().GetProperty("measure").GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task An_eleven_digit_number_that_fails_the_checksum_is_accepted()
    {
        var network = await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Nettverk", description = "Ring vakta på 33034567891" }, "description");
        Assert.Equal("Ring vakta på 33034567891", network.GetProperty("description").GetString());
    }
}
