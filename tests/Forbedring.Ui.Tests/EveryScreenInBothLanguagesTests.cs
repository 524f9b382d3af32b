using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Every screen of the app, visited in bokmål and in English by the facilitator of the demo network: it draws its
/// heading, says nothing in the other language (no text of the other language's catalogue that this one words
/// differently shows anywhere on the page), and passes the axe check. What only a service's leader sees (a
/// measure's chart settings and a chosen point's actions) is visited as the leader.
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
        };
        foreach (var (name, path) in screens)
        {
            await page.GotoAsync(path + (path.Contains('?') ? "&" : "?") + "lang=" + lang);
            await AssertSpeaksAsync(ui, name, lang, foreign);
        }
        Assert.Empty(ui.UnexpectedProblems());

        await using var leader = await app.NewPageAsync();
        await leader.SignInAsync(UiApp.Leader);
        var managed = await MeasureTheLeaderManagesAsync(leader.Page, ids.Network);
        await leader.Page.GotoAsync($"/maling/{managed}?lang={lang}");
        await AssertSpeaksAsync(leader, "a measure as its leader", lang, foreign);
        await leader.Page.GetByTestId("chart-settings-open").ClickAsync();
        await leader.Page.GetByTestId("chart-settings-form").WaitForAsync();
        await leader.Page.Locator("[data-point='1']").ClickAsync();
        await leader.Page.GetByTestId("point-panel").WaitForAsync();
        await AssertSpeaksAsync(leader, "a measure's chart settings and a chosen point", lang, foreign);
        Assert.Empty(leader.UnexpectedProblems());
    }

    /// <summary>A measure of the demo network whose service the signed-in person manages.</summary>
    private static async Task<string> MeasureTheLeaderManagesAsync(IPage page, string networkId)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "query($id: ID!) { network(id: $id) { areas { measures { id viewerCan } } } }", variables = new { id = networkId } },
        });
        var network = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("data").GetProperty("network");
        return network.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("measures").EnumerateArray())
            .First(m => m.GetProperty("viewerCan").EnumerateArray().Any(p => p.GetString() == "MANAGE_SERVICE"))
            .GetProperty("id").GetString()!;
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
