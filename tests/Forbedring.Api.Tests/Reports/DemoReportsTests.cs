using System.Text.Json;
using Forbedring.Abstractions.Common;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Grains.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Reports;

/// <summary>
/// The demo's reports and learnings, loaded into a fresh demo network for meetings planned here (the demo's own
/// meetings come with the meeting lifecycle): two past samlinger and one still to come.
/// </summary>
public sealed class DemoReportsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.Admin();

    private async Task<(string Network, Dictionary<string, string> Services, string[] Meetings)> LoadAsync()
    {
        var (_, loaded) = await admin.PostAsync("mutation { loadDemoNetwork { network { id services { service { id name } } } } }");
        var network = loaded.Data().GetProperty("loadDemoNetwork").GetProperty("network");
        var services = network.GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetProperty("name").GetString()!, s => s.GetProperty("service").Id());
        var meetings = new List<string>();
        foreach (var (title, startsAt) in new[] { ("Samling 4", "2020-09-08T09:00:00+02:00"), ("Samling 5", "2020-11-24T09:00:00+01:00"), ("Neste samling", "2031-02-04T09:00:00+01:00") })
            meetings.Add((await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new { networkId = network.Id(), title, startsAt }, "id")).Id());

        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        using (CallerIdentity.Use(CallerIdentity.System))
            await DemoReports.LoadAsync(grains, network.Id(), meetings, new Actor("forbedring", "Forbedring (demo)"));
        return (network.Id(), services, meetings.ToArray());
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
        var (_, services, meetings) = await LoadAsync();

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

        // Before the September samling, Smidsrød had tested its discharge checklist three times.
        var september = await MeetingAsync(meetings[0]);
        var smidsrod = september.GetProperty("statusReports").EnumerateArray().Single(r => r.GetProperty("service").GetProperty("name").GetString() == "Smidsrød helsehus");
        Assert.Equal(3, smidsrod.GetProperty("cycles").GetArrayLength());
        Assert.Contains("sjekklisten", smidsrod.GetProperty("tested").GetString());
        Assert.Contains("helgene", smidsrod.GetProperty("helpNeeded").GetString());
        Assert.Contains("Utskrivninger med strukturert samtale og legemiddelliste samme dag", smidsrod.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.NotEqual("Kristin Haugland", smidsrod.GetProperty("submittedBy").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Past_reports_came_on_time_except_once_and_the_coming_meeting_has_them_already()
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
