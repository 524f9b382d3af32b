using System.Text.Json;
using System.Text.RegularExpressions;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Transfer;

public sealed partial class NetworkTransferApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    [Fact]
    public async Task A_network_exported_and_imported_comes_back_whole_under_new_ids()
    {
        var networkId = await BuildRichNetworkAsync();
        var exported = await ExportAsync(networkId);

        var imported = await http.MutateOkAsync("importNetwork", "network", "ImportNetworkInput", new { document = exported }, "id name");
        var importedId = imported.Id();
        Assert.NotEqual(networkId, importedId);
        Assert.Equal("Eksportnettverket", imported.GetProperty("name").GetString());

        // Everything the import wrote, exported again, equals the original once ids are named by first appearance.
        var again = await ExportAsync(importedId);
        Assert.Equal(Canonical(exported), Canonical(again));
        Assert.DoesNotContain(networkId, again);

        // And it is live: the copy's measure shows the corrected value with its history and the cycle.
        var (_, body) = await http.PostAsync("""
            query($id: ID!) { network(id: $id) { areas { title measures { name points { period value numerator denominator history { numerator } annotations { text } exclusion { reason } } }
              pdsaCycles { plan { objective } } } } }
            """, new { id = importedId });
        var area = body.Data().GetProperty("network").GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Trygge overflyttinger");
        var points = area.GetProperty("measures")[0].GetProperty("points");
        Assert.Equal(3, points.GetArrayLength());
        var corrected = points.EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2020-02");
        Assert.Equal(8, corrected.GetProperty("numerator").GetDouble());
        Assert.Equal(5, corrected.GetProperty("history")[0].GetProperty("numerator").GetDouble());
        Assert.Equal("Ny rutine", corrected.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Equal("Sommerferie", points.EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2020-03").GetProperty("exclusion").GetProperty("reason").GetString());
        Assert.Equal("Test sjekkliste", area.GetProperty("pdsaCycles")[0].GetProperty("plan").GetProperty("objective").GetString());

        // The meeting came along with its attendance, history, action item and closed minutes, and the guest finds their item.
        var (_, meetings) = await http.PostAsync("""
            query($id: ID!) { network(id: $id) { meetings { id state minutes attendance { personId person { name } status guest history { status } }
              actionItems { id assigneeId assignee { name } } } } }
            """, new { id = importedId });
        var meeting = meetings.Data().GetProperty("network").GetProperty("meetings").EnumerateArray().Single();
        Assert.Equal("CLOSED", meeting.GetProperty("state").GetString());
        Assert.Contains("Gunn Gjest – gjest", meeting.GetProperty("minutes").GetString());
        var berit = meeting.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("person").GetProperty("name").GetString() == "Berit Leder");
        Assert.Equal("PRESENT", berit.GetProperty("status").GetString());
        Assert.Equal("EXCUSED", berit.GetProperty("history")[0].GetProperty("status").GetString());
        var item = meeting.GetProperty("actionItems")[0];
        Assert.Equal("Gunn Gjest", item.GetProperty("assignee").GetProperty("name").GetString());
        var (_, own) = await http.PostAsync("query($p: ID!) { actionItems(personId: $p) { id } }", new { p = item.GetProperty("assigneeId").GetString() });
        Assert.Contains(own.Data().GetProperty("actionItems").EnumerateArray(), i => i.Id() == item.Id());

        // And it is writable: a correction after reopening goes to the copy's rows, not the original's.
        await http.MutateOkAsync("reopenMeeting", "meeting", "MeetingStateInput", new { id = meeting.Id() }, "id");
        var recorded = await http.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput",
            new { meetingId = meeting.Id(), personId = berit.GetProperty("personId").GetString(), status = "ABSENT" }, "status history { status }");
        Assert.Equal(["PRESENT", "EXCUSED"], recorded.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Importing_something_that_is_not_an_export_is_refused_and_writes_nothing()
    {
        var (_, before) = await http.PostAsync("{ networks { id } }");
        var errors = await http.MutateErrorsAsync("importNetwork", "network", "ImportNetworkInput", new { document = "{\"hello\": 1}" });
        var broken = await http.MutateErrorsAsync("importNetwork", "network", "ImportNetworkInput", new { document = "{ not json" });

        Assert.Contains("document", errors.Fields());
        Assert.Contains("JSON", broken[0].GetProperty("messageEn").GetString());
        var (_, after) = await http.PostAsync("{ networks { id } }");
        Assert.Equal(before.Data().GetProperty("networks").GetArrayLength(), after.Data().GetProperty("networks").GetArrayLength());
    }

    [Fact]
    public async Task The_export_is_also_a_file_to_download()
    {
        var networkId = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Nedlasting" }, "id")).Id();

        var response = await http.GetAsync($"/api/networks/{networkId}/export");
        var missing = await http.GetAsync("/api/networks/network_0000000000000000/export");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(networkId, await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<string> ExportAsync(string networkId)
    {
        var (_, body) = await http.PostAsync("query($id: ID!) { exportNetwork(id: $id) }", new { id = networkId });
        return body.Data().GetProperty("exportNetwork").GetString()!;
    }

    /// <summary>The records with every id token replaced by its order of first appearance.</summary>
    private static string Canonical(string document)
    {
        var records = JsonDocument.Parse(document).RootElement.GetProperty("records").GetRawText();
        var seen = new Dictionary<string, string>();
        return IdToken().Replace(records, m => seen.TryGetValue(m.Value, out var n) ? n : seen[m.Value] = "id" + seen.Count);
    }

    [GeneratedRegex("[a-z]+_[0-9a-f]{16}")]
    private static partial Regex IdToken();

    private async Task<string> BuildRichNetworkAsync()
    {
        var person = (await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Berit Leder", title = "Virksomhetsleder" }, "id")).Id();
        var service = (await http.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Bjønnesåsen bo- og aktivitetssenter" }, "id")).Id();
        await http.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = service, personId = person, role = "LEADER", since = "2019-12-01" }, "id");
        var network = (await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new
        {
            name = "Eksportnettverket",
            theme = "Gode overganger",
            description = "Om *nettverket*",
            startDate = "2019-12-01",
            focusAreas = new[] { new { name = "Gode mottak", goals = "Trygge mottak" } },
        }, "id")).Id();
        await http.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service, date = "2019-12-01" }, "id");
        await http.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId = network, personId = person, role = "PARTICIPANT", date = "2019-12-01" }, "id");

        var area = (await http.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput", new
        {
            networkId = network,
            serviceId = service,
            title = "Trygge overflyttinger",
            problem = "Hva er viktig for deg?",
            aim = new { what = "Færre avvik ved overflytting", howMuch = "50 %", byWhen = "2021-01-01", text = "Halvere avvik innen 2021" },
        }, "id")).Id();
        await http.MutateOkAsync("changeAreaStatus", "improvementArea", "ChangeAreaStatusInput", new { areaId = area, status = "CHOSEN", date = "2020-01-05" }, "id");
        await http.MutateOkAsync("rateProgress", "improvementArea", "RateProgressInput", new { areaId = area, rater = "TEAM", score = 2.5, comment = "I gang", date = "2020-02-01" }, "id");
        var idea = (await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = area, title = "Sjekkliste ved overflytting" }, "changeIdeas { id }"))
            .GetProperty("changeIdeas")[0].Id();
        await http.MutateOkAsync("addMilestone", "improvementArea", "AddMilestoneInput", new { areaId = area, date = "2020-01-15", title = "Oppstart" }, "id");

        var measure = (await http.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput", new
        {
            areaId = area,
            definition = new { name = "Overflyttinger med sjekkliste", kind = "PROCESS", dataKind = "PROPORTION", frequency = "MONTH", better = "UP" },
        }, "id")).Id();
        await http.MutateOkAsync("logMeasurements", "points", "LogMeasurementsInput", new
        {
            measureId = measure,
            points = new[]
            {
                new { period = "2020-01", numerator = 4.0, denominator = 10.0 },
                new { period = "2020-02", numerator = 5.0, denominator = 10.0 },
                new { period = "2020-03", numerator = 2.0, denominator = 3.0 },
            },
        }, "period");
        await http.MutateOkAsync("logMeasurement", "point", "LogMeasurementInput", new { measureId = measure, period = "2020-02", numerator = 8.0, denominator = 10.0 }, "period");
        await http.MutateOkAsync("annotatePoint", "point", "AnnotatePointInput", new { measureId = measure, period = "2020-02", text = "Ny rutine" }, "period");
        await http.MutateOkAsync("excludePoint", "point", "ExcludePointInput", new { measureId = measure, period = "2020-03", reason = "Sommerferie" }, "period");

        await http.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput", new
        {
            areaId = area,
            changeIdeaId = idea,
            plan = new { objective = "Test sjekkliste", predictions = "Flere bruker sjekklisten" },
            measureIds = new[] { measure },
        }, "id");

        var template = (await http.MutateOkAsync("createAreaTemplate", "areaTemplate", "AreaTemplateInput", new
        {
            networkId = network,
            title = "Min livshistorie",
            measures = new[] { new { name = "Beboere med livshistorie", kind = "OUTCOME", dataKind = "PROPORTION", frequency = "MONTH", better = "UP" } },
        }, "id")).Id();
        await http.MutateOkAsync("createImprovementAreaFromTemplate", "improvementArea", "CreateImprovementAreaFromTemplateInput",
            new { templateId = template, networkId = network, serviceId = service }, "id");

        // A samling with a corrected attendance, a guest from outside the network, and an action item, closed with its minutes.
        var guest = (await http.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Gunn Gjest", title = "Sykehuset" }, "id")).Id();
        var meeting = (await http.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = network, title = "Samling 1", startsAt = "2020-02-04T09:00:00+01:00", agenda = "1. Velkommen" }, "id")).Id();
        await http.MutateOkAsync("openMeeting", "meeting", "MeetingStateInput", new { id = meeting }, "id");
        await http.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput", new { meetingId = meeting, personId = person, status = "EXCUSED" }, "status");
        await http.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput", new { meetingId = meeting, personId = person, status = "PRESENT" }, "status");
        await http.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput", new { meetingId = meeting, personId = guest, status = "PRESENT", guest = true }, "status");
        await http.MutateOkAsync("addActionItem", "actionItem", "AddActionItemInput", new { meetingId = meeting, what = "Dele sjekklisten", assigneeId = guest, due = "2020-03-01" }, "id");
        await http.MutateOkAsync("closeMeeting", "meeting", "MeetingStateInput", new { id = meeting }, "id");
        return network;
    }
}
