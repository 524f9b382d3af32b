using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Every screen of the app, visited in bokmål and in English by the facilitator of the demo network: it draws its
/// heading, says nothing in the other language (no text of the other language's catalogue that this one words
/// differently shows anywhere on the page), and passes the axe check.
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

        // The edit forms that open on a screen, each opened by its button (found by test id or id: the words differ).
        var planned = await MeetingTests.CreateMeetingAsync(page, "Samling å redigere " + lang, DateTimeOffset.Now.AddDays(30));
        await OpenFormAsync(ui, "the meeting's edit form", $"/samling/{planned}?lang={lang}", lang, foreign, "[data-testid=edit-meeting]");
        await OpenFormAsync(ui, "the network's archive confirmation", $"/nettverk/{ids.Network}/innstillinger?lang={lang}", lang, foreign, "[data-testid=archive]");
        await OpenFormAsync(ui, "a new area template with a measure", $"/nettverk/{ids.Network}/maler?lang={lang}", lang, foreign, "#new-template", "#tpl-new-add-measure");
        Assert.Empty(ui.UnexpectedProblems());

        // The service's forms are its leader's.
        await using var leader = await app.NewPageAsync();
        await leader.SignInWaitingOutLockAsync(UiApp.Leader);
        await OpenFormAsync(leader, "the service's details form", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "[data-testid=edit-service]");
        await OpenFormAsync(leader, "a member's role change", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "button[id^='change-']");
        await OpenFormAsync(leader, "a membership's ending, to confirm", $"/tjeneste/{ids.Service}?lang={lang}", lang, foreign, "[data-testid=service-members] tbody button:not([id])");
        Assert.Empty(leader.UnexpectedProblems("423"));
    }

    private static async Task OpenFormAsync(UiPage ui, string form, string path, string lang, IReadOnlyList<string> foreign, params string[] clicks)
    {
        await ui.Page.GotoAsync(path);
        await ui.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync(new() { Timeout = 30_000 });
        foreach (var selector in clicks)
            await ui.Page.Locator(selector).First.ClickAsync();
        await AssertSpeaksAsync(ui, form, lang, foreign);
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
