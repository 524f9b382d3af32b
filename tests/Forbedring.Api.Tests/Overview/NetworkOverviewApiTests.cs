using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Overview;

public sealed class NetworkOverviewApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($id: ID!) { networkOverview(networkId: $id) { name stalledAfterWeeks services { name engagement { status reasons reasonsEn }
          staffContribute contributors { name role measuresLogged cyclesWritten } lastMeasurement { at }
          areas { title status hasAim teamScore facilitatorScore cycleCount measures { name latestValue pointCount recent variation } } } } }
        """;

    [Fact]
    public async Task The_overview_shows_who_has_started_who_never_did_and_who_has_gone_quiet()
    {
        var http = factory.Admin();
        var network = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Oversikt", stalledAfterWeeks = 6 }, "id")).Id();
        var staff = (await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Siri Sykepleier" }, "id")).Id();
        var active = await ServiceAsync(http, network, "Hjemmetjenester");
        await ServiceAsync(http, network, "Miljøarbeidertjenesten");
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = active, personId = staff, role = "STAFF" }, "id");

        var area = (await http.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId = network, serviceId = active, title = "Trygg utskrivning", aim = new { what = "Færre reinnleggelser", text = "Færre reinnleggelser innen 2021" } }, "id")).Id();
        await http.MutateOkAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area, rater = "FACILITATOR", score = 3.0 }, "id");
        var idea = (await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = area, title = "Samtale før hjemreise" }, "changeIdeas { id }"))
            .GetProperty("changeIdeas")[0].Id();
        var measure = (await http.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = area, definition = new { name = "Samtaler gjennomført", kind = "PROCESS", dataKind = "PROPORTION", frequency = "WEEK", better = "UP" } }, "id")).Id();

        // Staff, not the leader, log the data: ownership shows in the overview.
        var asStaff = await factory.AsPersonAsync(staff);
        await asStaff.MutateOkAsync("logMeasurement", "point", "LogMeasurementInput", new { measureId = measure, period = "2020-W05", numerator = 3.0, denominator = 4.0 }, "period");
        await asStaff.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId = area, changeIdeaId = idea, plan = new { objective = "Prøve samtalen", predictions = "Flere samtaler" } }, "id");

        var overview = await OverviewAsync(http, network);
        var home = Service(overview, "Hjemmetjenester");
        Assert.Equal("ACTIVE", home.GetProperty("engagement").GetProperty("status").GetString());
        Assert.True(home.GetProperty("staffContribute").GetBoolean());
        var contributor = home.GetProperty("contributors")[0];
        Assert.Equal("Siri Sykepleier", contributor.GetProperty("name").GetString());
        Assert.Equal("STAFF", contributor.GetProperty("role").GetString());
        Assert.Equal(1, contributor.GetProperty("measuresLogged").GetInt32());
        Assert.Equal(1, contributor.GetProperty("cyclesWritten").GetInt32());
        var areaView = home.GetProperty("areas")[0];
        Assert.True(areaView.GetProperty("hasAim").GetBoolean());
        Assert.Equal(3.0, areaView.GetProperty("facilitatorScore").GetDouble());
        Assert.Equal(JsonValueKind.Null, areaView.GetProperty("teamScore").ValueKind);
        Assert.Equal(75.0, areaView.GetProperty("measures")[0].GetProperty("latestValue").GetDouble());
        Assert.Equal(1, areaView.GetProperty("measures")[0].GetProperty("recent").GetArrayLength());

        var quiet = Service(overview, "Miljøarbeidertjenesten");
        Assert.Equal("NOT_STARTED", quiet.GetProperty("engagement").GetProperty("status").GetString());
        Assert.Equal("Ingen forbedringsområder valgt", quiet.GetProperty("engagement").GetProperty("reasons")[0].GetString());

        // Seven weeks later with nothing new, the active service has gone quiet.
        factory.Clock.Advance(TimeSpan.FromDays(49));
        var later = Service(await OverviewAsync(factory.Admin(), network), "Hjemmetjenester");
        Assert.Equal("STALLED", later.GetProperty("engagement").GetProperty("status").GetString());
        Assert.Contains("7 weeks", later.GetProperty("engagement").GetProperty("reasonsEn")[0].GetString());
    }

    [Fact]
    public async Task The_demo_network_loads_and_its_overview_shows_the_service_that_never_got_started()
    {
        var http = factory.Admin();
        var (_, loaded) = await http.PostAsync("mutation { loadDemoNetwork { network { id } errors { code } } }");
        var networkId = loaded.Data().GetProperty("loadDemoNetwork").GetProperty("network").Id();

        var overview = await OverviewAsync(http, networkId);

        Assert.Equal(6, overview.GetProperty("services").GetArrayLength());
        Assert.Equal("NOT_STARTED", Service(overview, "Miljøarbeidertjenesten").GetProperty("engagement").GetProperty("status").GetString());
        var started = overview.GetProperty("services").EnumerateArray().Where(s => s.GetProperty("name").GetString() != "Miljøarbeidertjenesten").ToList();
        // Rus/psyk does the work but stopped coming to the samlinger: absent from the last two.
        var fading = Service(overview, "Rus/psyk").GetProperty("engagement");
        Assert.Equal("STALLED", fading.GetProperty("status").GetString());
        Assert.Equal(["Absent from the last 2 meetings"], fading.GetProperty("reasonsEn").EnumerateArray().Select(r => r.GetString()));
        Assert.All(started.Where(s => s.GetProperty("name").GetString() != "Rus/psyk"),
            s => Assert.Equal("ACTIVE", s.GetProperty("engagement").GetProperty("status").GetString()));
        Assert.Contains(started, s => s.GetProperty("staffContribute").GetBoolean());
        Assert.Contains(started.SelectMany(s => s.GetProperty("areas").EnumerateArray()).SelectMany(a => a.GetProperty("measures").EnumerateArray()),
            m => m.GetProperty("variation").GetString() == "IMPROVEMENT");
    }

    [Fact]
    public async Task An_unknown_network_has_no_overview()
    {
        var (_, body) = await factory.Admin().PostAsync(Query, new { id = "network_0000000000000000" });
        Assert.Equal(JsonValueKind.Null, body.Data().GetProperty("networkOverview").ValueKind);
    }

    private static async Task<string> ServiceAsync(HttpClient http, string network, string name)
    {
        var service = (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name }, "id")).Id();
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service }, "id");
        return service;
    }

    private static async Task<JsonElement> OverviewAsync(HttpClient http, string network)
    {
        var (_, body) = await http.PostAsync(Query, new { id = network });
        return body.Data().GetProperty("networkOverview");
    }

    private static JsonElement Service(JsonElement overview, string name) =>
        overview.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
}
