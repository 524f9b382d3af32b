using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Reports;

public sealed class StatusReportApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Selection = "id meetingId serviceId tested testedHtml dataShows learned learnedHtml nextSteps helpNeeded helpNeededHtml " +
        "submitted submittedAt onTime version cycles { id plan { objective } } measures { id name pointCount verdictNb } submittedBy { personId }";

    private readonly HttpClient admin = factory.Admin();

    private static object Report(ReportPlace p, object? more = null)
    {
        var fields = new Dictionary<string, object?> { ["meetingId"] = p.Meeting, ["serviceId"] = p.Service };
        foreach (var property in (more ?? new { }).GetType().GetProperties())
            fields[property.Name] = property.GetValue(more);
        return fields;
    }

    private static Task<JsonElement> SaveAsync(HttpClient http, object input) =>
        http.MutateOkAsync("saveStatusReport", "statusReport", "SaveStatusReportInput", input, Selection);

    private static Task<JsonElement> SaveErrorsAsync(HttpClient http, object input) =>
        http.MutateErrorsAsync("saveStatusReport", "statusReport", "SaveStatusReportInput", input);

    private async Task<JsonElement> MeetingAsync(string id, string selection)
    {
        var (_, body) = await admin.PostAsync($"query($id: ID!) {{ meeting(id: $id) {{ {selection} }} }}", new { id });
        return body.Data().GetProperty("meeting");
    }

    [Fact]
    public async Task Staff_write_the_services_report_and_submit_it_before_the_meeting_on_time()
    {
        var p = await factory.ReportPlaceAsync();
        var staff = await factory.AsPersonAsync(p.StaffPerson);

        var draft = await SaveAsync(staff, Report(p, new
        {
            tested = "Fast samtale kl. 11 dagen før utskrivning.<script>alert(1)</script>",
            cycleIds = new[] { p.Cycle },
            dataShows = "Andelen med sjekkliste øker.",
            measureIds = new[] { p.Measure },
        }));
        Assert.False(draft.GetProperty("submitted").GetBoolean());
        Assert.Equal(1, draft.GetProperty("version").GetInt32());
        Assert.DoesNotContain("<script", draft.GetProperty("testedHtml").GetString());

        var submitted = await SaveAsync(staff, Report(p, new
        {
            expectedVersion = 1,
            tested = "Fast samtale kl. 11 dagen før utskrivning.",
            cycleIds = new[] { p.Cycle },
            dataShows = "Andelen med sjekkliste øker.",
            measureIds = new[] { p.Measure },
            learned = ReportSetup.Learned,
            nextSteps = "Spre til alle avdelinger.",
            helpNeeded = "Hvordan får dere med **helgene**?",
            submit = true,
        }));

        Assert.True(submitted.GetProperty("submitted").GetBoolean());
        Assert.True(submitted.GetProperty("onTime").GetBoolean());
        Assert.Equal(2, submitted.GetProperty("version").GetInt32());
        Assert.Equal(p.StaffPerson, submitted.GetProperty("submittedBy").GetProperty("personId").GetString());
        Assert.Contains("<strong>helgene</strong>", submitted.GetProperty("helpNeededHtml").GetString());
        Assert.Equal("Samtale kl. 11 dagen før utskrivning", submitted.GetProperty("cycles")[0].GetProperty("plan").GetProperty("objective").GetString());
        var measure = submitted.GetProperty("measures")[0];
        Assert.Equal(p.Measure, measure.Id());
        Assert.Equal(3, measure.GetProperty("pointCount").GetInt32());
        Assert.Equal($"{p.Meeting}|{p.Service}", submitted.Id());

        // The facilitator sees the reports side by side and who has not reported.
        var meeting = await MeetingAsync(p.Meeting,
            "statusReports { serviceId learned } missingReports { id } reporting { serviceId submitted submittedAt onTime } statusReport(serviceId: \"" + p.Service + "\") { version }");
        Assert.Equal([p.Service], meeting.GetProperty("statusReports").EnumerateArray().Select(r => r.GetProperty("serviceId").GetString()));
        Assert.Equal([p.OtherService], meeting.GetProperty("missingReports").EnumerateArray().Select(s => s.Id()));
        var reporting = meeting.GetProperty("reporting").EnumerateArray().ToList();
        Assert.Equal([p.Service, p.OtherService], reporting.Select(r => r.GetProperty("serviceId").GetString()));
        Assert.True(reporting[0].GetProperty("onTime").GetBoolean());
        Assert.False(reporting[1].GetProperty("submitted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, reporting[1].GetProperty("submittedAt").ValueKind);
        Assert.Equal(2, meeting.GetProperty("statusReport").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Script_in_any_text_of_a_report_never_reaches_its_html()
    {
        var p = await factory.ReportPlaceAsync();
        const string Payload = "Tekst <img src=x onerror=alert(1)> [klikk](javascript:alert(1)) <script>alert(1)</script>";

        var report = await SaveAsync(admin, Report(p, new { tested = Payload, dataShows = Payload, learned = Payload, nextSteps = Payload, helpNeeded = Payload }));
        var (_, body) = await admin.PostAsync("query($id: ID!) { statusReport(id: $id) { testedHtml dataShowsHtml learnedHtml nextStepsHtml helpNeededHtml } }", new { id = report.Id() });

        var html = body.Data().GetProperty("statusReport").EnumerateObject().Select(f => f.Value.GetString()!).ToList();
        Assert.Equal(5, html.Count);
        Assert.All(html, h =>
        {
            // As a browser would build it: escaped text is harmless, elements and attributes are not.
            var elements = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(h).Body!.QuerySelectorAll("*");
            Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img");
            Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("Tekst", h);
        });
    }

    [Fact]
    public async Task Drafts_are_left_out_of_the_side_by_side_view_unless_asked_for_and_the_service_still_counts_as_missing()
    {
        var p = await factory.ReportPlaceAsync();
        await SaveAsync(admin, Report(p, new { tested = "Halvferdig" }));

        var meeting = await MeetingAsync(p.Meeting, "statusReports { id } drafts: statusReports(includeDrafts: true) { id submitted } missingReports { id }");

        Assert.Equal(0, meeting.GetProperty("statusReports").GetArrayLength());
        Assert.False(meeting.GetProperty("drafts")[0].GetProperty("submitted").GetBoolean());
        Assert.Equal(2, meeting.GetProperty("missingReports").GetArrayLength());
    }

    [Fact]
    public async Task A_report_submitted_after_the_meeting_started_is_late()
    {
        var p = await factory.ReportPlaceAsync(startsAt: "2024-03-01T09:00:00+01:00");

        var report = await SaveAsync(admin, Report(p with { Service = p.OtherService }, new { learned = "Vi kom sent i gang.", submit = true }));

        Assert.True(report.GetProperty("submitted").GetBoolean());
        Assert.False(report.GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task The_first_submission_is_kept_when_the_report_is_edited_later()
    {
        var p = await factory.ReportPlaceAsync();
        var first = await SaveAsync(admin, Report(p, new { learned = "Første versjon", submit = true }));

        var edited = await SaveAsync(admin, Report(p, new { expectedVersion = 1, learned = "Rettet skrivefeil" }));

        Assert.True(edited.GetProperty("submitted").GetBoolean());
        Assert.Equal(first.GetProperty("submittedAt").GetString(), edited.GetProperty("submittedAt").GetString());
        Assert.Equal("Rettet skrivefeil", edited.GetProperty("learned").GetString());
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused_and_a_second_start_is_a_duplicate()
    {
        var p = await factory.ReportPlaceAsync();
        await SaveAsync(admin, Report(p, new { tested = "A" }));
        await SaveAsync(admin, Report(p, new { expectedVersion = 1, tested = "B" }));

        var stale = await SaveErrorsAsync(admin, Report(p, new { expectedVersion = 1, tested = "C" }));
        var again = await SaveErrorsAsync(admin, Report(p, new { tested = "D" }));

        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], stale.Codes());
        Assert.Equal(["DUPLICATE"], again.Codes());
        var (_, body) = await admin.PostAsync("query($id: ID!) { statusReport(id: $id) { tested version } }", new { id = $"{p.Meeting}|{p.Service}" });
        Assert.Equal("B", body.Data().GetProperty("statusReport").GetProperty("tested").GetString());
        Assert.Equal(2, body.Data().GetProperty("statusReport").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written()
    {
        var p = await factory.ReportPlaceAsync();

        var texts = await SaveErrorsAsync(admin, Report(p, new
        {
            tested = new string('x', 20_001),
            dataShows = "Gjaldt pasient 15067543278",
            cycleIds = Enumerable.Range(0, 51).Select(i => $"pdsa_{i}").ToArray(),
        }));
        Assert.Equal([("cycleIds", "TOO_MANY"), ("dataShows", "PATIENT_IDENTIFIABLE"), ("tested", "TOO_LONG")],
            texts.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())).Order());
        Assert.All(texts.EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageNb").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageEn").GetString()));
        });

        var links = await SaveErrorsAsync(admin, Report(p, new
        {
            cycleIds = new[] { p.OtherServiceCycle, p.CycleInOtherNetwork, "pdsa_unknown" },
            measureIds = new[] { "measure_unknown" },
        }));
        Assert.Equal(["cycleIds[0]", "cycleIds[1]", "cycleIds[2]", "measureIds[0]"], links.Fields().Order());
        Assert.All(links.Codes(), code => Assert.Equal("NOT_FOUND", code));

        Assert.Equal(["NOTHING_TO_SUBMIT"], (await SaveErrorsAsync(admin, Report(p, new { tested = " ", submit = true }))).Codes());
        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], (await SaveErrorsAsync(admin, Report(p, new { expectedVersion = 3, tested = "x" }))).Codes());

        var meeting = await MeetingAsync(p.Meeting, "drafts: statusReports(includeDrafts: true) { id }");
        Assert.Equal(0, meeting.GetProperty("drafts").GetArrayLength());
    }

    [Fact]
    public async Task Only_invited_services_report_to_a_meeting_that_exists_and_is_not_closed()
    {
        var p = await factory.ReportPlaceAsync();
        var closed = await factory.ClosedMeetingAsync(p);

        var notInvited = await SaveErrorsAsync(admin, Report(p with { Service = p.NotInvited }, new { tested = "x" }));
        var unknown = await SaveErrorsAsync(admin, Report(p with { Meeting = "meeting_unknown" }, new { tested = "x" }));
        var late = await SaveErrorsAsync(admin, Report(p with { Meeting = closed }, new { tested = "x" }));

        Assert.Equal([("serviceId", "NOT_INVITED")], notInvited.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())));
        Assert.Equal([("meetingId", "NOT_FOUND")], unknown.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())));
        Assert.Equal([("meetingId", "MEETING_CLOSED")], late.EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())));
    }

    [Fact]
    public async Task Staff_of_the_service_write_its_report_others_in_the_network_only_read_it()
    {
        var p = await factory.ReportPlaceAsync();
        var staff = await factory.AsPersonAsync(p.StaffPerson);
        await SaveAsync(staff, Report(p, new { learned = "Vi lærte mye", submit = true }));
        var outsider = (await admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Kari fra Hjemmetjenesten" }, "id")).Id();
        await admin.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = p.OtherService, personId = outsider, role = "STAFF" }, "id");
        var other = await factory.AsPersonAsync(outsider);

        var (_, write) = await other.PostAsync("mutation($v: SaveStatusReportInput!) { saveStatusReport(input: $v) { errors { code } } }",
            new { v = Report(p, new { expectedVersion = 1, learned = "Overskrevet" }) });
        var (_, read) = await other.PostAsync("query($id: ID!) { meeting(id: $id) { statusReports { learned } } }", new { id = p.Meeting });

        Assert.Equal(["FORBIDDEN"], Authorization.RoleWorld.ErrorCodes(write));
        Assert.Equal("Vi lærte mye", read.Data().GetProperty("meeting").GetProperty("statusReports")[0].GetProperty("learned").GetString());
    }

    [Fact]
    public async Task A_saved_report_is_in_the_networks_audit_log_as_the_report_without_its_text()
    {
        var p = await factory.ReportPlaceAsync();
        await SaveAsync(admin, Report(p, new { helpNeeded = "Hemmelig hjelpebehov" }));

        for (var i = 0; i < 50; i++)
        {
            var (_, body) = await admin.PostAsync("query($id: ID) { auditLog(networkId: $id, take: 5) { events { action entityKind entityId networkId serviceId } } }", new { id = p.Network });
            var events = body.Data().GetProperty("auditLog").GetProperty("events");
            if (events.EnumerateArray().FirstOrDefault(e => e.GetProperty("action").GetString() == "saveStatusReport") is { ValueKind: JsonValueKind.Object } line)
            {
                Assert.Equal("StatusReport", line.GetProperty("entityKind").GetString());
                Assert.Equal($"{p.Meeting}|{p.Service}", line.GetProperty("entityId").GetString());
                Assert.Equal(p.Service, line.GetProperty("serviceId").GetString());
                Assert.DoesNotContain("Hemmelig", body.ToString());
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The audit line never came.");
    }
}
