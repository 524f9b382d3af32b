using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>"Varierende møtedeltagelse" on the network overview: attendance rates, and a service that stops coming is flagged.</summary>
public sealed class MeetingEngagementApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    /// <summary>An area with an aim, a measure with data and a PDSA cycle: the service has started and is active.</summary>
    private async Task StartedAsync(MeetingScene scene, string serviceId)
    {
        var area = (await http.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId = scene.Network, serviceId, title = "Trygg overgang", aim = new { what = "Færre feil", text = "Færre feil innen 2021" } }, "id")).Id();
        var idea = (await http.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = area, title = "Sjekkliste" }, "changeIdeas { id }"))
            .GetProperty("changeIdeas")[0].Id();
        var measure = (await http.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = area, definition = new { name = "Feil", kind = "OUTCOME", dataKind = "COUNT", frequency = "WEEK", better = "DOWN" } }, "id")).Id();
        await http.MutateOkAsync("logMeasurement", "point", "LogMeasurementInput", new { measureId = measure, period = "2020-W05", value = 3.0 }, "period");
        await http.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId = area, changeIdeaId = idea, plan = new { objective = "Prøve sjekklisten", predictions = "Færre feil" } }, "id");
    }

    private async Task<MeetingScene> MeetingAsync(MeetingScene scene, string startsAt) =>
        scene with
        {
            Meeting = (await http.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new { networkId = scene.Network, title = "Samling", startsAt }, "id")).Id(),
        };

    [Fact]
    public async Task A_service_absent_from_the_last_two_closed_meetings_is_stalled_and_its_rate_shows_on_the_overview()
    {
        var february = await MeetingScene.CreateAsync(http);
        await StartedAsync(february, february.Home);
        await StartedAsync(february, february.Helsehus);
        var may = await MeetingAsync(february, "2020-05-05T09:00:00+02:00");
        var september = await MeetingAsync(february, "2020-09-08T09:00:00+02:00");
        var november = await MeetingAsync(february, "2020-11-24T09:00:00+01:00");

        foreach (var meeting in new[] { february, may, september, november })
            await meeting.ChangeStateAsync(http, "openMeeting");
        await february.RecordAsync(http, february.Nurse, "PRESENT");
        await february.RecordAsync(http, february.Tone, "PRESENT");
        await may.RecordAsync(http, may.Nurse, "PRESENT");
        await may.RecordAsync(http, may.Tone, "EXCUSED");
        // In September the home services' nurse sends a substitute; Smidsrød is not recorded at all.
        await september.RecordAsync(http, september.Outsider, "PRESENT", substituteForPersonId: september.Nurse);
        // November is still open: it does not count yet.
        await november.RecordAsync(http, november.Tone, "PRESENT");
        foreach (var meeting in new[] { february, may, september })
            await meeting.ChangeStateAsync(http, "closeMeeting");

        var (_, body) = await http.PostAsync("""
            query($id: ID!) { networkOverview(networkId: $id) {
              services { name attendanceRate meetingAttendance { invited present excused missedInARow rate } engagement { status reasons reasonsEn } }
              attendance { personId name attendance { invited present excused missedInARow rate } } } }
            """, new { id = february.Network });
        var overview = body.Data().GetProperty("networkOverview");
        JsonElement Service(string name) => overview.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

        var home = Service("Hjemmetjenester");
        Assert.Equal(1.0, home.GetProperty("attendanceRate").GetDouble());
        Assert.Equal("ACTIVE", home.GetProperty("engagement").GetProperty("status").GetString());

        var helsehus = Service("Smidsrød helsehus");
        Assert.Equal(1.0 / 3, helsehus.GetProperty("attendanceRate").GetDouble(), 6);
        var counts = helsehus.GetProperty("meetingAttendance");
        Assert.Equal((3, 1, 1, 2), (counts.GetProperty("invited").GetInt32(), counts.GetProperty("present").GetInt32(),
            counts.GetProperty("excused").GetInt32(), counts.GetProperty("missedInARow").GetInt32()));
        Assert.Equal("STALLED", helsehus.GetProperty("engagement").GetProperty("status").GetString());
        Assert.Equal(["Ikke til stede på de 2 siste samlingene"], helsehus.GetProperty("engagement").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Absent from the last 2 meetings"], helsehus.GetProperty("engagement").GetProperty("reasonsEn").EnumerateArray().Select(r => r.GetString()));

        var people = overview.GetProperty("attendance").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("attendance"));
        Assert.Equal(2.0 / 3, people["Siri Nilsen"].GetProperty("rate").GetDouble(), 6);
        Assert.Equal(1, people["Tone Berg"].GetProperty("excused").GetInt32());
        Assert.Equal(0.0, people["Marte Solberg"].GetProperty("rate").GetDouble());
        Assert.DoesNotContain("Ola Utenfor", people.Keys);
        Assert.DoesNotContain("Espen Tangen", people.Keys);
    }
}
