using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Api.Tests.Reports;

namespace Forbedring.Api.Tests.Learnings;

public sealed class LearningApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Selection = "id networkId serviceId text tags meetingId version source { kind id } created { personId } updated { personId } deleted { personId } " +
        "cycle { id } statusReport { id } history { version text tags replaced { personId } }";

    private readonly HttpClient admin = factory.Admin();

    private async Task<(ReportPlace Place, HttpClient Facilitator, HttpClient Staff, string FacilitatorId)> PlaceAsync()
    {
        var place = await factory.ReportPlaceAsync();
        return (place, await factory.AsPersonAsync(place.FacilitatorPerson), await factory.AsPersonAsync(place.StaffPerson), place.FacilitatorPerson);
    }

    private static Task<JsonElement> AddAsync(HttpClient http, object input) => http.MutateOkAsync("addLearning", "learning", "AddLearningInput", input, Selection);

    private static Task<JsonElement> AddErrorsAsync(HttpClient http, object input) => http.MutateErrorsAsync("addLearning", "learning", "AddLearningInput", input);

    private static object Meeting(ReportPlace p) => new { kind = "MEETING", id = p.Meeting };

    private async Task<JsonElement> LearningAsync(string id)
    {
        var (_, body) = await admin.PostAsync($"query($id: ID!) {{ learning(id: $id) {{ {Selection} }} }}", new { id });
        return body.Data().GetProperty("learning");
    }

    private async Task<IReadOnlyList<string?>> SearchIdsAsync(string networkId, string? text = null)
    {
        var (_, body) = await admin.PostAsync("query($n: ID, $t: String) { learnings(networkId: $n, text: $t, take: 100) { learnings { id } } }", new { n = networkId, t = text });
        return body.Data().GetProperty("learnings").GetProperty("learnings").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
    }

    [Fact]
    public async Task A_facilitator_captures_a_learning_during_the_meeting_and_the_meeting_lists_it()
    {
        var (p, facilitator, _, facilitatorId) = await PlaceAsync();

        var learning = await AddAsync(facilitator, new
        {
            networkId = p.Network,
            text = "Min utfordring er også din utfordring.",
            tags = new[] { "Samarbeid", " samarbeid ", "Gode  Overganger" },
            source = Meeting(p),
        });

        Assert.Equal(["samarbeid", "gode overganger"], learning.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(p.Meeting, learning.GetProperty("meetingId").GetString());
        Assert.Equal(JsonValueKind.Null, learning.GetProperty("serviceId").ValueKind);
        Assert.Equal(facilitatorId, learning.GetProperty("created").GetProperty("personId").GetString());
        Assert.Equal(1, learning.GetProperty("version").GetInt32());
        var (_, body) = await admin.PostAsync("query($id: ID!) { meeting(id: $id) { learnings { id text } } }", new { id = p.Meeting });
        Assert.Equal([learning.Id()], body.Data().GetProperty("meeting").GetProperty("learnings").EnumerateArray().Select(l => l.Id()));
    }

    [Fact]
    public async Task A_learning_from_a_cycle_takes_what_its_study_learned_and_the_cycles_service()
    {
        var (p, _, staff, _) = await PlaceAsync();

        var learning = await staff.MutateOkAsync("learningFromCycle", "learning", "LearningFromCycleInput", new { cycleId = p.Cycle, tags = new[] { "utskrivning" } }, Selection);

        Assert.Equal(ReportSetup.Learned, learning.GetProperty("text").GetString());
        Assert.Equal(p.Service, learning.GetProperty("serviceId").GetString());
        Assert.Equal(p.Network, learning.GetProperty("networkId").GetString());
        Assert.Equal("CYCLE", learning.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(p.Cycle, learning.GetProperty("cycle").Id());
        Assert.Equal(JsonValueKind.Null, learning.GetProperty("meetingId").ValueKind);

        var own = await staff.MutateOkAsync("learningFromCycle", "learning", "LearningFromCycleInput", new { cycleId = p.Cycle, text = "Kort sagt: fast tid." }, "text");
        Assert.Equal("Kort sagt: fast tid.", own.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_cycle_that_has_not_been_studied_offers_no_learning_until_one_is_written()
    {
        var (p, _, staff, _) = await PlaceAsync();
        var planned = await admin.PlannedCycleAsync(p.Area);

        var errors = await staff.MutateErrorsAsync("learningFromCycle", "learning", "LearningFromCycleInput", new { cycleId = planned });
        var unknown = await admin.MutateErrorsAsync("learningFromCycle", "learning", "LearningFromCycleInput", new { cycleId = "pdsa_unknown" });

        Assert.Equal([("text", "NOTHING_LEARNED_YET")], errors.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())));
        Assert.Equal([("cycleId", "NOT_FOUND")], unknown.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())));
    }

    [Fact]
    public async Task A_learning_from_a_status_report_belongs_to_the_reports_service_and_meeting()
    {
        var (p, facilitator, staff, _) = await PlaceAsync();
        var report = await staff.MutateOkAsync("saveStatusReport", "statusReport", "SaveStatusReportInput",
            new { meetingId = p.Meeting, serviceId = p.Service, learned = "Helgene er svakest.", submit = true }, "id");

        var learning = await AddAsync(facilitator, new { networkId = p.Network, text = "Helgene trenger en fast ansvarlig.", source = new { kind = "STATUS_REPORT", id = report.Id() } });

        Assert.Equal(p.Service, learning.GetProperty("serviceId").GetString());
        Assert.Equal(p.Meeting, learning.GetProperty("meetingId").GetString());
        Assert.Equal(report.Id(), learning.GetProperty("statusReport").Id());
    }

    [Fact]
    public async Task Rewording_keeps_the_earlier_wording_and_a_stale_version_is_refused()
    {
        var (p, facilitator, staff, _) = await PlaceAsync();
        var added = await AddAsync(staff, new { networkId = p.Network, serviceId = p.Service, text = "Førse versjon", tags = new[] { "skrivefeil" }, source = Meeting(p) });

        var edited = await facilitator.MutateOkAsync("updateLearning", "learning", "UpdateLearningInput",
            new { id = added.Id(), expectedVersion = 1, text = "Første versjon", tags = new[] { "rettet" } }, Selection);
        var stale = await staff.MutateErrorsAsync("updateLearning", "learning", "UpdateLearningInput", new { id = added.Id(), expectedVersion = 1, text = "Min versjon" });

        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal("Første versjon", edited.GetProperty("text").GetString());
        var earlier = edited.GetProperty("history").EnumerateArray().Single();
        Assert.Equal(1, earlier.GetProperty("version").GetInt32());
        Assert.Equal("Førse versjon", earlier.GetProperty("text").GetString());
        Assert.Equal(["skrivefeil"], earlier.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], stale.Codes());
        Assert.Equal("Første versjon", (await LearningAsync(added.Id())).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_deleted_learning_leaves_the_search_but_is_kept_with_its_history()
    {
        var (p, _, staff, _) = await PlaceAsync();
        var added = await AddAsync(staff, new { networkId = p.Network, serviceId = p.Service, text = "Skal slettes", source = Meeting(p) });
        await staff.MutateOkAsync("updateLearning", "learning", "UpdateLearningInput", new { id = added.Id(), expectedVersion = 1, text = "Skal slettes snart" }, "id");

        var deleted = await staff.MutateOkAsync("deleteLearning", "learning", "DeleteLearningInput", new { id = added.Id(), expectedVersion = 2 }, Selection);
        var again = await staff.MutateErrorsAsync("updateLearning", "learning", "UpdateLearningInput", new { id = added.Id(), expectedVersion = 3, text = "Tilbake" });

        Assert.Equal(p.StaffPerson, deleted.GetProperty("deleted").GetProperty("personId").GetString());
        Assert.DoesNotContain(added.Id(), await SearchIdsAsync(p.Network));
        var kept = await LearningAsync(added.Id());
        Assert.Equal("Skal slettes snart", kept.GetProperty("text").GetString());
        Assert.Equal(1, kept.GetProperty("history").GetArrayLength());
        Assert.Equal(["DELETED"], again.Codes());
        var (_, meeting) = await admin.PostAsync("query($id: ID!) { meeting(id: $id) { learnings { id } } }", new { id = p.Meeting });
        Assert.Equal(0, meeting.Data().GetProperty("meeting").GetProperty("learnings").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written()
    {
        var (p, _, staff, _) = await PlaceAsync();

        var texts = await AddErrorsAsync(staff, new
        {
            networkId = p.Network,
            serviceId = p.Service,
            text = "Gjaldt 15067543278",
            tags = Enumerable.Range(0, 11).Select(i => $"tag{i}").Append(new string('t', 41)).ToArray(),
            source = Meeting(p),
        });
        Assert.Equal([("tags", "TOO_MANY"), ("text", "PATIENT_IDENTIFIABLE")], Pairs(texts));
        Assert.Equal([("tags[1]", "TOO_LONG"), ("text", "REQUIRED")],
            Pairs(await AddErrorsAsync(staff, new { networkId = p.Network, serviceId = p.Service, text = " ", tags = new[] { "ok", new string('t', 41) }, source = Meeting(p) })));
        Assert.Equal([("text", "TOO_LONG")],
            Pairs(await AddErrorsAsync(staff, new { networkId = p.Network, serviceId = p.Service, text = new string('x', 2001), source = Meeting(p) })));

        // Sources of another service or network, and unknown ones, read alike.
        foreach (var source in new object[]
                 {
                     new { kind = "CYCLE", id = p.OtherServiceCycle },
                     new { kind = "CYCLE", id = p.CycleInOtherNetwork },
                     new { kind = "CYCLE", id = "pdsa_unknown" },
                     new { kind = "MEETING", id = "meeting_unknown" },
                     new { kind = "STATUS_REPORT", id = $"{p.Meeting}|{p.Service}" },
                     new { kind = "STATUS_REPORT", id = "nonsense" },
                 })
            Assert.Equal([("source.id", "NOT_FOUND")], Pairs(await AddErrorsAsync(staff, new { networkId = p.Network, serviceId = p.Service, text = "Tekst", source })));

        Assert.Equal([("networkId", "NOT_FOUND")], Pairs(await AddErrorsAsync(admin, new { networkId = "network_unknown", text = "Tekst", source = Meeting(p) })));
        Assert.Equal([("serviceId", "NOT_FOUND")], Pairs(await AddErrorsAsync(admin, new { networkId = p.Network, serviceId = "service_unknown", text = "Tekst", source = Meeting(p) })));

        Assert.Empty(await SearchIdsAsync(p.Network));
    }

    [Fact]
    public async Task An_archived_network_takes_no_new_learnings_and_keeps_its_old_ones_as_they_are()
    {
        var (p, facilitator, _, _) = await PlaceAsync();
        var kept = await AddAsync(facilitator, new { networkId = p.Network, text = "Fra før arkivering", source = Meeting(p) });
        await admin.MutateOkAsync("archiveNetwork", "network", "ArchiveNetworkInput", new { id = p.Network, archived = true }, "id");

        var added = await AddErrorsAsync(facilitator, new { networkId = p.Network, text = "Etter arkivering", source = Meeting(p) });
        var edited = await facilitator.MutateErrorsAsync("updateLearning", "learning", "UpdateLearningInput", new { id = kept.Id(), expectedVersion = 1, text = "Endret" });

        Assert.Equal(["ARCHIVED"], added.Codes());
        Assert.Equal(["ARCHIVED"], edited.Codes());
        Assert.Equal([kept.Id()], await SearchIdsAsync(p.Network));
    }

    private static IEnumerable<(string?, string?)> Pairs(JsonElement errors) =>
        errors.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())).Order();
}
