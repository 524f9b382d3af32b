using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Reports;

/// <summary>
/// The demo's reports and learnings, as the demo's four samlinger (February to November 2020) hold them once loaded:
/// written before each meeting closed.
/// </summary>
public sealed class DemoReportsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.Admin();

    private async Task<(string Network, Dictionary<string, string> Services, string[] Meetings)> LoadAsync()
    {
        var (_, loaded) = await admin.PostAsync("mutation { loadDemoNetwork { network { id services { service { id name } } meetings { id } } } }");
        var network = loaded.Data().GetProperty("loadDemoNetwork").GetProperty("network");
        var services = network.GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetProperty("name").GetString()!, s => s.GetProperty("service").Id());
        var meetings = network.GetProperty("meetings").EnumerateArray().Select(m => m.Id()).ToArray();
        Assert.Equal(4, meetings.Length);
        return (network.Id(), services, meetings);
    }

    private async Task<JsonElement> MeetingAsync(string id)
    {
        var (_, body) = await admin.PostAsync("query($id: ID!) { meeting(id: $id) { reporting { service { name } submitted onTime } " +
            "statusReports { service { name } tested learned helpNeeded cycles { id } measures { name } submittedBy { name } } learnings { text } } }", new { id });
        return body.Data().GetProperty("meeting");
    }

    [Fact]
    public async Task Every_service_but_one_reports_for_each_meeting_from_its_own_cycles_and_measures()
    {
        var (network, services, meetings) = await LoadAsync();

        foreach (var id in meetings)
        {
            var meeting = await MeetingAsync(id);
            var reporting = meeting.GetProperty("reporting").EnumerateArray()
                .ToDictionary(r => r.GetProperty("service").GetProperty("name").GetString()!, r => r);
            Assert.Equal(services.Keys.Order(), reporting.Keys.Order());
            Assert.False(reporting["Miljøarbeidertjenesten"].GetProperty("submitted").GetBoolean());
            Assert.All(reporting.Where(r => r.Key != "Miljøarbeidertjenesten"), r => Assert.True(r.Value.GetProperty("submitted").GetBoolean(), r.Key));
            Assert.Equal(5, meeting.GetProperty("statusReports").GetArrayLength());
            Assert.NotEmpty(meeting.GetProperty("learnings").EnumerateArray());
        }

        // Smidsrød's cycles are each reported once, at the first samling after they started, with its checklist and its measure.
        var (_, areas) = await admin.PostAsync("query($id: ID!) { network(id: $id) { areas { service { name } pdsaCycles { id startDate } } } }", new { id = network });
        var started = areas.Data().GetProperty("network").GetProperty("areas").EnumerateArray()
            .Where(a => a.GetProperty("service").GetProperty("name").GetString() == "Smidsrød helsehus")
            .SelectMany(a => a.GetProperty("pdsaCycles").EnumerateArray())
            .Where(c => c.GetProperty("startDate").GetString() is { } day && string.CompareOrdinal(day, "2020-11-24") < 0)
            .Select(c => c.Id()).Order().ToList();
        var reports = new List<JsonElement>();
        foreach (var id in meetings)
            reports.Add((await MeetingAsync(id)).GetProperty("statusReports").EnumerateArray().Single(r => r.GetProperty("service").GetProperty("name").GetString() == "Smidsrød helsehus"));
        Assert.NotEmpty(started);
        Assert.Equal(started, reports.SelectMany(r => r.GetProperty("cycles").EnumerateArray().Select(c => c.Id())).Order().ToList());
        Assert.Contains(reports, r => r.GetProperty("tested").GetString()!.Contains("sjekklisten", StringComparison.Ordinal));
        Assert.All(reports, r => Assert.Contains("helgene", r.GetProperty("helpNeeded").GetString()));
        Assert.Contains(reports, r => r.GetProperty("measures").EnumerateArray().Any(m => m.GetProperty("name").GetString() == "Utskrivninger med strukturert samtale og legemiddelliste samme dag"));
        Assert.All(reports, r => Assert.NotEqual("Kristin Haugland", r.GetProperty("submittedBy").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Reports_came_on_time_except_once()
    {
        var (_, _, meetings) = await LoadAsync();

        var late = new List<(int Meeting, string Service)>();
        for (var i = 0; i < meetings.Length; i++)
            foreach (var r in (await MeetingAsync(meetings[i])).GetProperty("reporting").EnumerateArray().Where(r => r.GetProperty("submitted").GetBoolean()))
                if (!r.GetProperty("onTime").GetBoolean())
                    late.Add((i, r.GetProperty("service").GetProperty("name").GetString()!));

        Assert.Equal([(1, "Rus/psyk")], late);
    }

    [Fact]
    public async Task Each_studied_cycle_becomes_a_learning_that_the_network_can_search()
    {
        var (network, _, _) = await LoadAsync();

        var (_, body) = await admin.PostAsync("query($n: ID) { learnings(networkId: $n, text: \"fast tidspunkt\", take: 100) { learnings { text tags source { kind } service { name } created { name } } } }", new { n = network });
        var found = body.Data().GetProperty("learnings").GetProperty("learnings").EnumerateArray().ToList();

        var fromSmidsrod = found.Single(l => l.GetProperty("text").GetString()!.StartsWith("Fast tidspunkt er det som gjør forskjellen", StringComparison.Ordinal));
        Assert.Equal("CYCLE", fromSmidsrod.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("Smidsrød helsehus", fromSmidsrod.GetProperty("service").GetProperty("name").GetString());
        Assert.Contains("fast tidspunkt", fromSmidsrod.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Kristin Haugland", fromSmidsrod.GetProperty("created").GetProperty("name").GetString());
    }
}
