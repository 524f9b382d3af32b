using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Every screen of the app, visited in bokmål and in English by the facilitator of the demo network (and what only a
/// service's leader is offered, by the demo leader: the forms to start and change its work, a measure's chart settings
/// and a chosen point's actions): it draws its heading, says nothing in the other language (no text of the other
/// language's catalogue that this one words differently shows anywhere on the page), and passes the axe check.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class EveryScreenInBothLanguagesTests(UiApp app)
{
    [Theory]
    [InlineData("nb", "en")]
    [InlineData("en", "nb")]
    public async Task Each_screen_speaks_only_the_chosen_language(string lang, string other)
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync($"/kalkulator?lang={lang}");
        var foreign = ForeignTexts(lang, other);
        Assert.True(foreign.Count > 200, $"Only {foreign.Count} texts to look for: the catalogues were not read.");
        await AssertSpeaksAsync(ui, "the calculator, signed out", lang, foreign);
        foreach (var (name, path) in new[]
        {
            ("the sign-in", "/logg-inn"),
            ("a forgotten password", "/glemt-passord"),
            ("an invitation link without its token", "/invitasjon"),
            ("a new-password link without its token", "/nytt-passord"),
        })
        {
            await page.GotoAsync($"{path}?lang={lang}");
            await AssertSpeaksAsync(ui, name + ", signed out", lang, foreign);
        }

        await ui.SignInAsync(UiApp.Facilitator);
        var ids = await DemoIdsAsync(page, await ui.DemoNetworkIdAsync());
        var screens = new (string Name, string Path)[]
        {
            ("the networks", "/nettverk"),
            ("the network overview", $"/nettverk/{ids.Network}"),
            ("the members", $"/nettverk/{ids.Network}/medlemmer"),
            ("the meetings", $"/nettverk/{ids.Network}/samlinger"),
            ("a closed meeting", $"/samling/{ids.Meeting}"),
            ("a status report", $"/samling/{ids.Meeting}/rapport/{ids.Service}"),
            ("the service page", $"/tjeneste/{ids.Service}"),
            ("an improvement area", $"/omrade/{ids.Area}"),
            ("a measure", $"/maling/{ids.Measure}"),
            ("a measure's CSV import", $"/maling/{ids.Measure}/import"),
            ("a PDSA cycle", $"/pdsa/{ids.Cycle}"),
            ("the learnings", $"/laerdommer?nettverk={ids.Network}"),
            ("my action items", "/mine-oppfolgingspunkter"),
            ("logging a measurement", "/registrer-maling"),
            ("the calculator, signed in", "/kalkulator"),
            ("an unknown address", "/finnes-ikke"),
            // Editing what was created.
            ("the network's settings", $"/nettverk/{ids.Network}/innstillinger"),
            ("the area templates", $"/nettverk/{ids.Network}/maler"),
            ("my profile", "/min-profil"),
        };
        foreach (var (name, path) in screens)
        {
            await page.GotoAsync(path + (path.Contains('?') ? "&" : "?") + "lang=" + lang);
            await AssertSpeaksAsync(ui, name, lang, foreign);
        }
        await EnsureTemplateAsync(page, ids.Network);

        // The edit forms that open on a screen, each opened by its button (found by test id or id: the words differ).
        var planned = await MeetingTests.CreateMeetingAsync(page, "Samling å redigere " + lang, DateTimeOffset.Now.AddDays(30));
        await OpenFormAsync(ui, "the meeting's edit form", $"/samling/{planned}?lang={lang}", lang, foreign, "[data-testid=edit-meeting]");
        await OpenFormAsync(ui, "the network's archive confirmation", $"/nettverk/{ids.Network}/innstillinger?lang={lang}", lang, foreign, "[data-testid=archive]");
        await OpenFormAsync(ui, "a new area template with a measure", $"/nettverk/{ids.Network}/maler?lang={lang}", lang, foreign, "#new-template", "#tpl-new-add-measure");
        Assert.Empty(ui.UnexpectedProblems());

        // The forms a service's leader is offered to start and change its work.
        await using var leaderUi = await app.NewPageAsync();
        var leader = leaderUi.Page;
        await leaderUi.SignInWaitingOutLockAsync(UiApp.Leader);
        var own = await LeadersOwnIdsAsync(leader);
        foreach (var (name, path) in new (string Name, string Path)[]
        {
            ("choosing an improvement area", $"/tjeneste/{own.Service}/nytt-omrade"),
            ("defining a measure", $"/omrade/{own.Area}/ny-maling"),
            ("editing a measure", $"/maling/{own.Measure}/endre"),
        })
        {
            await leader.GotoAsync($"{path}?lang={lang}");
            await AssertSpeaksAsync(leaderUi, name, lang, foreign);
        }
        await leader.GotoAsync($"/tjeneste/{own.Service}/nytt-omrade?lang={lang}");
        await leader.Locator("#area-start input[type=radio]").Last.CheckAsync();
        await Assertions.Expect(leader.GetByTestId("template-measures")).ToBeVisibleAsync();
        await AssertSpeaksAsync(leaderUi, "choosing an area from a template", lang, foreign);
        await leader.GotoAsync($"/omrade/{own.Area}?lang={lang}");
        await leader.GetByTestId("edit-idea").First.ClickAsync();
        await Assertions.Expect(leader.GetByTestId("idea-edit-form")).ToBeVisibleAsync();
        await AssertSpeaksAsync(leaderUi, "editing a change idea", lang, foreign);
        await leader.GotoAsync($"/maling/{own.Measure}?lang={lang}");
        await AssertSpeaksAsync(leaderUi, "a measure as its leader", lang, foreign);
        await leader.GetByTestId("chart-settings-open").ClickAsync();
        await leader.GetByTestId("chart-settings-form").WaitForAsync();
        await leader.Locator("[data-point='1']").ClickAsync();
        await leader.GetByTestId("point-panel").WaitForAsync();
        await AssertSpeaksAsync(leaderUi, "a measure's chart settings and a chosen point", lang, foreign);
        // The service's own forms.
        await OpenFormAsync(leaderUi, "the service's details form", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "[data-testid=edit-service]");
        await OpenFormAsync(leaderUi, "a member's role change", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "button[id^='change-']");
        await OpenFormAsync(leaderUi, "a membership's ending, to confirm", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "[data-testid=service-members] tbody button:not([id])");
        Assert.Empty(leaderUi.UnexpectedProblems("423")); // a sign-in refused while the sign-in tests keep the leader locked
    }

    private static async Task OpenFormAsync(UiPage ui, string form, string path, string lang, IReadOnlyList<string> foreign, params string[] clicks)
    {
        await ui.Page.GotoAsync(path);
        await ui.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync(new() { Timeout = 30_000 });
        foreach (var selector in clicks)
            await ui.Page.Locator(selector).First.ClickAsync();
        await AssertSpeaksAsync(ui, form, lang, foreign);
    }

    /// <summary>A template in the demo network, so the leader's area form offers one (made once, by its facilitator).</summary>
    private static async Task EnsureTemplateAsync(IPage page, string networkId)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "query($id: ID!) { areaTemplates(networkId: $id) { title } }", variables = new { id = networkId } },
        });
        var titles = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("data").GetProperty("areaTemplates").EnumerateArray()
            .Select(x => x.GetProperty("title").GetString());
        if (titles.Contains(TemplateTitle))
            return;
        await StartingService.MutateAsync(page.Context.APIRequest, "createAreaTemplate", "AreaTemplateInput", "areaTemplate", "id", new
        {
            networkId,
            title = TemplateTitle,
            aim = new { text = "Innen ett år skal fall med skade halveres." },
            measures = new[] { new { name = "Fall per 1000 liggedøgn", kind = "OUTCOME", dataKind = "RATE", frequency = "MONTH", better = "DOWN" } },
        });
    }

    private const string TemplateTitle = "Færre fall (språktest)";

    private sealed record LeadersIds(string Service, string Area, string Measure);

    /// <summary>The service the demo leader leads, one of its areas with measures and change ideas, and one of those measures.</summary>
    private static async Task<LeadersIds> LeadersOwnIdsAsync(IPage page)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "{ services { id viewerCan areas { id changeIdeas { id } measures { id } } } }" },
        });
        var services = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("data").GetProperty("services").EnumerateArray();
        var service = services.First(s => s.GetProperty("viewerCan").EnumerateArray().Any(p => p.GetString() == "MANAGE_SERVICE"));
        var area = service.GetProperty("areas").EnumerateArray()
            .First(a => a.GetProperty("measures").GetArrayLength() > 0 && a.GetProperty("changeIdeas").GetArrayLength() > 0);
        return new LeadersIds(service.GetProperty("id").GetString()!, area.GetProperty("id").GetString()!,
            area.GetProperty("measures")[0].GetProperty("id").GetString()!);
    }

    private static async Task AssertSpeaksAsync(UiPage ui, string screen, string lang, IReadOnlyList<string> foreign)
    {
        var page = ui.Page;
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync(new() { Timeout = 30_000 });
        // Screens read the rest of what they show after the heading: wait until nothing says it is loading.
        var loading = Catalogue(lang)["common.loading"];
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = loading })).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        var text = Regex.Replace(await page.Locator("body").InnerTextAsync(), @"\s+", " ");
        var found = foreign.Where(f => text.Contains(f, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, $"{screen} in «{lang}» shows text of the other language: {string.Join(" | ", found)}");
        await ui.AssertAccessibleAsync($"{screen} ({lang})");
    }

    /// <summary>
    /// The other language's texts that this language words differently and that could not be data: at least two
    /// words, no placeholders.
    /// </summary>
    private static IReadOnlyList<string> ForeignTexts(string lang, string other)
    {
        var mine = Catalogue(lang);
        return Catalogue(other)
            .Where(e => mine.TryGetValue(e.Key, out var own) && own != e.Value)
            .Select(e => e.Value)
            .Where(v => !v.Contains('{') && v.Trim().Contains(' ') && !mine.Values.Contains(v))
            .Distinct()
            .ToList();
    }

    private static Dictionary<string, string> Catalogue(string lang)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "ui", "src", "lib", "i18n", lang + ".ts"));
        return Regex.Matches(source, @"^\s*'([^']+)':\s*'((?:[^'\\]|\\.)*)',?\s*$", RegexOptions.Multiline)
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => Regex.Unescape(g.First().Groups[2].Value).Replace("\\'", "'"));
    }

    private sealed record DemoIds(string Network, string Service, string Area, string Measure, string Cycle, string Meeting);

    private static async Task<DemoIds> DemoIdsAsync(IPage page, string networkId)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new
            {
                query = "query($id: ID!) { network(id: $id) { areas { id serviceId measures { id } pdsaCycles { id } } meetings { id } } }",
                variables = new { id = networkId },
            },
        });
        var network = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("data").GetProperty("network");
        var area = network.GetProperty("areas").EnumerateArray()
            .First(a => a.GetProperty("measures").GetArrayLength() > 0 && a.GetProperty("pdsaCycles").GetArrayLength() > 0);
        return new DemoIds(
            networkId,
            area.GetProperty("serviceId").GetString()!,
            area.GetProperty("id").GetString()!,
            area.GetProperty("measures")[0].GetProperty("id").GetString()!,
            area.GetProperty("pdsaCycles")[0].GetProperty("id").GetString()!,
            network.GetProperty("meetings")[0].GetProperty("id").GetString()!);
    }
}
