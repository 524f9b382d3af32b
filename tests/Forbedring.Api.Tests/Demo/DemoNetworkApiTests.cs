using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Demo;

/// <summary>The demo network loaded on request through the real endpoint: the learning network of seeds/001.</summary>
public sealed class DemoNetworkApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string NetworkSelection = """
        id name theme startDate endDate
        focusAreas { id name }
        members { person { name title } role joined left active }
        services { active service { name members { personId role since until active } } }
        areas {
          id title networkId focusAreaId status service { name }
          aim { what howMuch byWhen }
          ratings { rater score }
          changeIdeas { id }
          driverDiagram { id }
          milestones { title }
          measureIds cycleIds
        }
        """;

    // The endpoint's complexity limit is for the UI's queries too: measures and cycles are read per area.
    private const string AreaSelection = """
        measures {
          name kind dataKind frequency
          points { period logged { personId } }
          chart { analysis { verdict { variation } } }
        }
        pdsaCycles { id previousCycleId status startDate endDate measureIds }
        """;

    private readonly HttpClient http = factory.Admin();

    /// <summary>Loads a copy and reads it back: the network, and each area with its measures and cycles.</summary>
    private async Task<(JsonElement Network, List<Area> Areas)> LoadAsync()
    {
        var (_, body) = await http.PostAsync("mutation { loadDemoNetwork { network { id name } errors { code message } } }");
        var payload = body.Data().GetProperty("loadDemoNetwork");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var id = payload.GetProperty("network").Id();

        var (_, read) = await http.PostAsync($"query($id: ID!) {{ network(id: $id) {{ {NetworkSelection} }} }}", new { id });
        var network = read.Data().GetProperty("network");
        var areas = new List<Area>();
        foreach (var area in network.GetProperty("areas").EnumerateArray())
        {
            var (_, detail) = await http.PostAsync($"query($id: ID!) {{ improvementArea(id: $id) {{ {AreaSelection} }} }}", new { id = area.Id() });
            var data = detail.Data().GetProperty("improvementArea");
            areas.Add(new Area(area.GetProperty("service").GetProperty("name").GetString()!, area,
                data.GetProperty("measures").EnumerateArray().ToList(), data.GetProperty("pdsaCycles").EnumerateArray().ToList()));
        }
        return (network, areas);
    }

    private sealed record Area(string Service, JsonElement View, List<JsonElement> Measures, List<JsonElement> Cycles);

    private static JsonElement Service(JsonElement network, string name) =>
        network.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service")).Single(s => s.GetProperty("name").GetString() == name);

    private static IEnumerable<JsonElement> All(JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    [Fact]
    public async Task The_demo_reproduces_the_learning_network_of_the_seed()
    {
        var (network, demoAreas) = await LoadAsync();
        Assert.Equal("Læringsnettverk Gode overganger", network.GetProperty("name").GetString());
        Assert.Equal("Gode overganger", network.GetProperty("theme").GetString());
        Assert.Equal("2019-12-03", network.GetProperty("startDate").GetString());

        var services = All(network, "services").ToList();
        Assert.Equal(
            ["Bjønnesåsen bo- og aktivitetssenter (BBA)", "Hjemmetjenester", "Miljøarbeidertjenesten", "Rus/psyk", "Smidsrød helsehus", "Tjenestekontoret"],
            services.Select(s => s.GetProperty("service").GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(services, s => Assert.True(s.GetProperty("active").GetBoolean()));

        // Every area is chosen under «Gode overganger», in this network.
        var goodTransitions = All(network, "focusAreas").Single(f => f.GetProperty("name").GetString() == "Gode overganger").Id();
        var areas = demoAreas.Select(a => a.View).ToList();
        Assert.All(areas, a =>
        {
            Assert.Equal(goodTransitions, a.GetProperty("focusAreaId").GetString());
            Assert.Equal(network.Id(), a.GetProperty("networkId").GetString());
        });
        var titles = areas.Select(a => a.GetProperty("title").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?>
        {
            "Dokumentasjon ved endring i tilstand", "E-link, bruk og innhold",
            "Kvalitetsmessig gode og trygge interne overflyttinger", "Brukermedvirkning og dialog med pårørende",
            "Ta til etterretning svarene på «hva er viktig for deg»", "Ta aktivt i bruk «min livshistorie»",
            "Bedre pasientforløp i overgangene", "Hjelpemidler til hjemmeboende",
        }, titles);
        // Statuses across the range, ratings from both sides, a driver diagram, milestones.
        Assert.True(areas.Select(a => a.GetProperty("status").GetString()).Distinct().Count() >= 5);
        Assert.Contains(areas, a => All(a, "ratings").Any(r => r.GetProperty("rater").GetString() == "TEAM"));
        Assert.Contains(areas, a => All(a, "ratings").Any(r => r.GetProperty("rater").GetString() == "FACILITATOR"));
        Assert.Contains(areas, a => a.GetProperty("driverDiagram").GetArrayLength() > 0);
        Assert.Contains(areas, a => a.GetProperty("milestones").GetArrayLength() > 0);

        // Every service but one has started: an aim, measures with data, PDSA cycles.
        foreach (var name in new[] { "Smidsrød helsehus", "Hjemmetjenester", "Bjønnesåsen bo- og aktivitetssenter (BBA)", "Rus/psyk", "Tjenestekontoret" })
        {
            var started = demoAreas.Where(a => a.Service == name).ToList();
            Assert.Contains(started, a => a.View.GetProperty("aim").GetProperty("what").ValueKind == JsonValueKind.String);
            Assert.Contains(started, a => a.Measures.Any(m => m.GetProperty("points").GetArrayLength() >= 9));
            Assert.Contains(started, a => a.Cycles.Count > 0);
        }

        // "Noen kom aldri helt i gang": Miljøarbeidertjenesten has a title, nothing more.
        var stalled = demoAreas.Where(a => a.Service == "Miljøarbeidertjenesten").ToList();
        Assert.All(stalled, a =>
        {
            Assert.Equal("IDEA", a.View.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, a.View.GetProperty("aim").GetProperty("what").ValueKind);
            Assert.Empty(a.Measures);
            Assert.Empty(a.Cycles);
            Assert.Equal(0, a.View.GetProperty("changeIdeas").GetArrayLength());
        });
    }

    [Fact]
    public async Task The_demo_measures_have_charts_and_ramps_of_PDSA_cycles()
    {
        var (_, areas) = await LoadAsync();
        var measures = areas.SelectMany(a => a.Measures).ToList();

        Assert.True(measures.Count >= 8);
        Assert.Contains(measures, m => m.GetProperty("dataKind").GetString() == "PROPORTION" && m.GetProperty("frequency").GetString() == "WEEK");
        Assert.Contains(measures, m => m.GetProperty("dataKind").GetString() == "COUNT");
        Assert.Contains(measures, m => m.GetProperty("frequency").GetString() == "MONTH");
        Assert.Contains(measures, m => m.GetProperty("kind").GetString() == "OUTCOME");
        Assert.Contains(measures, m => m.GetProperty("kind").GetString() == "PROCESS");

        var verdicts = measures.ToDictionary(
            m => m.GetProperty("name").GetString()!,
            m => m.GetProperty("chart").GetProperty("analysis").GetProperty("verdict").GetProperty("variation").GetString());
        Assert.All(verdicts, v => Assert.NotNull(v.Value));
        Assert.Equal("IMPROVEMENT", verdicts["Utskrivninger med strukturert samtale og legemiddelliste samme dag"]);
        Assert.All(verdicts.Where(v => v.Key != "Utskrivninger med strukturert samtale og legemiddelliste samme dag"),
            v => Assert.True(v.Value == "COMMON", $"{v.Key}: {v.Value}"));

        // Ownership: staff log too, not only the leaders.
        Assert.Contains(measures, m => All(m, "points").Select(p => p.GetProperty("logged").GetProperty("personId").GetString()).Distinct().Count() >= 3);

        // Cycles chain in ramps, watch their area's measures and ran inside the network's period.
        var cycles = areas.SelectMany(a => a.Cycles).ToList();
        Assert.True(cycles.Count(c => c.GetProperty("previousCycleId").ValueKind == JsonValueKind.String) >= 3);
        Assert.Contains(cycles, c => c.GetProperty("status").GetString() == "COMPLETED");
        Assert.Contains(cycles, c => c.GetProperty("status").GetString() != "COMPLETED");
        Assert.Contains(cycles, c => c.GetProperty("measureIds").GetArrayLength() > 0);
        Assert.All(cycles.Where(c => c.GetProperty("startDate").ValueKind == JsonValueKind.String), c =>
        {
            var start = DateOnly.Parse(c.GetProperty("startDate").GetString()!);
            Assert.InRange(start, new DateOnly(2019, 12, 3), new DateOnly(2021, 6, 15));
        });
    }

    [Fact]
    public async Task People_come_and_go_as_in_the_seed_and_each_load_is_a_fresh_copy()
    {
        var (network, _) = await LoadAsync();
        var members = All(network, "members").ToList();
        JsonElement Member(string title) => members.Single(m => m.GetProperty("person").ValueKind == JsonValueKind.Object
            && m.GetProperty("person").GetProperty("title").GetString() == title);

        // "Fastlegen var med på oppstarten men sluttet i stillingen."
        var gp = Member("Fastlege");
        Assert.Equal("2019-12-03", gp.GetProperty("joined").GetString());
        Assert.False(gp.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.String, gp.GetProperty("left").ValueKind);
        // "Brukerrepresentanten dukket aldri opp": still a member, never active in the work.
        Assert.True(Member("Brukerrepresentant, eldrerådet").GetProperty("active").GetBoolean());
        Assert.Contains(members, m => m.GetProperty("role").GetString() == "FACILITATOR" && m.GetProperty("joined").GetString() == "2019-11-12");

        // "Noen har byttet arbeidssted men er med fra nytt arbeidssted."
        var home = All(Service(network, "Hjemmetjenester"), "members").Where(m => !m.GetProperty("active").GetBoolean()).ToList();
        var moved = Assert.Single(home).GetProperty("personId").GetString();
        Assert.Contains(All(Service(network, "Smidsrød helsehus"), "members"),
            m => m.GetProperty("personId").GetString() == moved && m.GetProperty("active").GetBoolean());

        var (copy, _) = await LoadAsync();
        Assert.NotEqual(network.Id(), copy.Id());
        Assert.Equal(network.GetProperty("name").GetString(), copy.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_demo_holds_four_samlinger_where_attendance_drifts_and_one_service_fades()
    {
        var (network, _) = await LoadAsync();
        var (_, body) = await http.PostAsync("""
            query($id: ID!) { network(id: $id) { meetings { title startsAt state videoLink minutes
              attendance { person { title } status guest substituteForPersonId } actionItems { done } } } }
            """, new { id = network.Id() });
        var meetings = body.Data().GetProperty("network").GetProperty("meetings").EnumerateArray().ToList();

        Assert.Equal(4, meetings.Count);
        Assert.All(meetings, m => Assert.Equal("CLOSED", m.GetProperty("state").GetString()));
        Assert.All(meetings, m => Assert.InRange(DateTimeOffset.Parse(m.GetProperty("startsAt").GetString()!), new DateTimeOffset(2019, 12, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 6, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(JsonValueKind.Null, meetings[0].GetProperty("videoLink").ValueKind);
        Assert.All(meetings.Skip(1), m => Assert.StartsWith("https://", m.GetProperty("videoLink").GetString()));

        List<(string? Title, string? Status)> Attendance(JsonElement meeting) => meeting.GetProperty("attendance").EnumerateArray()
            .Select(a => (a.GetProperty("person").GetProperty("title").GetString(), a.GetProperty("status").GetString())).ToList();
        // "Fastlegen var med på oppstarten men sluttet i stillingen."
        Assert.Contains(("Fastlege", "PRESENT"), Attendance(meetings[0]));
        Assert.DoesNotContain(Attendance(meetings[3]), a => a.Title == "Fastlege");
        // "Brukerrepresentanten dukket aldri opp."
        Assert.All(meetings, m => Assert.DoesNotContain(("Brukerrepresentant, eldrerådet", "PRESENT"), Attendance(m)));
        // Rus/psyk came at first and then faded out.
        Assert.Contains(("Psykiatrisk sykepleier", "PRESENT"), Attendance(meetings[1]));
        Assert.All(meetings.Skip(2), m => Assert.DoesNotContain(("Psykiatrisk sykepleier", "PRESENT"), Attendance(m)));
        // Apologies, a substitute and a guest.
        Assert.Contains(meetings, m => Attendance(m).Any(a => a.Status == "EXCUSED"));
        Assert.Contains(meetings, m => m.GetProperty("attendance").EnumerateArray().Any(a => a.GetProperty("substituteForPersonId").ValueKind == JsonValueKind.String));
        Assert.Contains(meetings, m => m.GetProperty("attendance").EnumerateArray().Any(a => a.GetProperty("guest").GetBoolean()));

        // Action items done between meetings, some still open; the minutes were fixed when each meeting closed.
        var items = meetings.SelectMany(m => m.GetProperty("actionItems").EnumerateArray()).ToList();
        Assert.Contains(items, i => i.GetProperty("done").GetBoolean());
        Assert.Contains(items, i => !i.GetProperty("done").GetBoolean());
        Assert.All(meetings, m => Assert.Contains("_Referatet er låst", m.GetProperty("minutes").GetString()));

        // The minutes carry what the services reported (but one, which never got started), the learnings, and at the
        // last samling the insight workshop's two chosen cards.
        Assert.All(meetings, m => Assert.Contains("### Smidsrød helsehus", m.GetProperty("minutes").GetString()));
        Assert.All(meetings, m => Assert.Contains("**Ikke rapportert:** Miljøarbeidertjenesten", m.GetProperty("minutes").GetString()));
        Assert.Contains("Min utfordring er også din utfordring", meetings[0].GetProperty("minutes").GetString());
        var last = meetings[3].GetProperty("minutes").GetString()!;
        var insights = last[last.IndexOf("## Innsikter", StringComparison.Ordinal)..last.IndexOf("## Lærdommer", StringComparison.Ordinal)];
        Assert.Equal(2, insights.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains("for pasientene:", StringComparison.Ordinal)));

        var (_, overview) = await http.PostAsync("query($id: ID!) { networkOverview(networkId: $id) { services { name reporting { due submitted } } } }", new { id = network.Id() });
        var reporting = overview.Data().GetProperty("networkOverview").GetProperty("services").EnumerateArray()
            .ToDictionary(x => x.GetProperty("name").GetString()!, x => (x.GetProperty("reporting").GetProperty("due").GetInt32(), x.GetProperty("reporting").GetProperty("submitted").GetInt32()));
        Assert.Equal((4, 0), reporting["Miljøarbeidertjenesten"]);
        Assert.Equal((4, 4), reporting["Smidsrød helsehus"]);
    }
}
