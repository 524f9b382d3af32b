using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Staff log on a phone: my measures, tally mode, and the offline queue: a save without a
/// connection is kept, survives a reload and is sent once when the connection returns; an answer
/// lost on its way back is sent again with the same key and still counted once. Counts are read
/// back through the API.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class LogOfflineTests(UiApp app)
{
    private const string Checklist = "Utskrivninger med strukturert samtale og legemiddelliste samme dag";

    [Fact]
    public async Task Staff_tally_one_observation_at_a_time_on_a_phone_in_both_languages()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        var measureId = await OpenMyMeasureAsync(ui);
        await page.GetByLabel("Én og én observasjon").CheckAsync();
        var period = await page.GetByLabel("Periode").InputValueAsync();
        Assert.Matches(@"^\d{4}-W\d{2}$", period);
        var before = await PointAsync(page, measureId, period);
        await ui.AssertAccessibleAsync("tally mode");

        // Two taps: done, not done. Each adds one to the denominator; only "done" to the numerator.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gjort", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tally-status")).ToContainTextAsync($"{before.Numerator + 1} av {before.Denominator + 1} så langt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ikke gjort", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tally-status")).ToContainTextAsync($"{before.Numerator + 1} av {before.Denominator + 2} så langt");
        var after = await PointAsync(page, measureId, period);
        Assert.Equal((before.Numerator + 1, before.Denominator + 2), (after.Numerator, after.Denominator));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "Tally mode scrolls sideways at 360 px.");
        await ui.AssertAccessibleAsync("tally mode after two taps");
        await ui.ScreenshotAsync("60-log-tally-360");

        // The choice is remembered on the device; in English the same screen reads in English.
        await page.GotoAsync($"/registrer-maling/{measureId}?lang=en");
        await Assertions.Expect(page.GetByLabel("One observation at a time")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Not done", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tally-status")).ToContainTextAsync($"{before.Numerator + 1} of {before.Denominator + 3} so far");
        await ui.AssertAccessibleAsync("tally mode in English");
        await ui.ScreenshotAsync("61-log-tally-en-360");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_tally_saved_offline_waits_through_a_reload_and_is_sent_once_when_the_connection_returns()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        var (measureId, period, before) = await OpenTallyAsync(ui);

        await page.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gjort", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tally-status")).ToContainTextAsync("Ingen forbindelse: lagret på denne enheten");
        await Assertions.Expect(page.GetByTestId("outbox-pending")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("outbox")).ToContainTextAsync("Ikke sendt ennå: 1");
        await ui.AssertAccessibleAsync("a pending entry");
        await ui.ScreenshotAsync("62-log-offline-pending-360");

        // Reload while GraphQL is still out of reach (a page cannot load with the whole network off):
        // the entry is still there, still pending.
        await page.RouteAsync("**/graphql", route => route.AbortAsync());
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("outbox-pending")).ToHaveCountAsync(1);
        Assert.Equal(before, await PointAsync(page, measureId, period));

        // The connection returns: the browser says so, and the queue sends.
        await page.UnrouteAsync("**/graphql");
        await page.Context.SetOfflineAsync(true);
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.GetByTestId("outbox-sent")).ToContainTextAsync("Sendt fra køen: 1");
        await Assertions.Expect(page.GetByTestId("outbox-pending")).ToHaveCountAsync(0);
        Assert.Equal((before.Numerator + 1, before.Denominator + 1), await PointAsync(page, measureId, period));

        // Another reload sends nothing again.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gjort", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("outbox")).ToHaveCountAsync(0);
        Assert.Equal((before.Numerator + 1, before.Denominator + 1), await PointAsync(page, measureId, period));
        Assert.Empty(ui.UnexpectedProblems("ERR_FAILED", "ERR_INTERNET_DISCONNECTED", "Failed to load resource"));
    }

    [Fact]
    public async Task A_tally_whose_answer_was_lost_is_sent_again_and_counted_once()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        var (measureId, period, before) = await OpenTallyAsync(ui);

        // The tally reaches the server and is written; the answer never reaches the phone.
        await page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("logTally", StringComparison.Ordinal) == true)
            {
                await route.FetchAsync();
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gjort", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outbox-pending")).ToHaveCountAsync(1);
        Assert.Equal((before.Numerator + 1, before.Denominator + 1), await PointAsync(page, measureId, period));

        await page.UnrouteAsync("**/graphql");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send nå" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outbox-sent")).ToContainTextAsync("Sendt fra køen: 1");
        Assert.Equal((before.Numerator + 1, before.Denominator + 1), await PointAsync(page, measureId, period));
        Assert.Empty(ui.UnexpectedProblems("ERR_FAILED", "Failed to load resource"));
    }

    [Fact]
    public async Task A_note_with_a_national_identity_number_is_refused_at_the_field()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await OpenMyMeasureAsync(ui);
        await page.GetByLabel("Summen på én gang").CheckAsync();
        await page.GetByLabel("Teller").FillAsync("3");
        await page.GetByLabel("Nevner").FillAsync("4");
        await page.GetByLabel(new Regex("^Merknad")).FillAsync("Gjelder 15067543278");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#note-errors")).ToContainTextAsync("fødselsnummer");
        await Assertions.Expect(page.GetByLabel(new Regex("^Merknad"))).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByText("Ikke skriv pasientopplysninger her", new() { Exact = false }).First).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("a refused note");
        await ui.ScreenshotAsync("63-log-patient-data-refused-360");
    }

    /// <summary>From the list of my measures to the checklist measure; returns its id.</summary>
    /// <summary>The staff member's measure in tally mode: its id, the preselected period and that period's point now.</summary>
    private static async Task<(string MeasureId, string Period, (double Numerator, double Denominator) Before)> OpenTallyAsync(UiPage ui)
    {
        var measureId = await OpenMyMeasureAsync(ui);
        await ui.Page.GetByLabel("Én og én observasjon").CheckAsync();
        var period = await ui.Page.GetByLabel("Periode").InputValueAsync();
        return (measureId, period, await PointAsync(ui.Page, measureId, period));
    }

    private static async Task<string> OpenMyMeasureAsync(UiPage ui)
    {
        var page = ui.Page;
        await page.GotoAsync("/registrer-maling");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine målinger" })).ToBeVisibleAsync();
        await page.GetByTestId("my-measure").Filter(new() { HasText = Checklist }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Checklist, Level = 2 })).ToBeVisibleAsync();
        return Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath.Split('/').Last());
    }

    /// <summary>The period's numerator and denominator as the API has them (0, 0 when none is logged).</summary>
    private static async Task<(double Numerator, double Denominator)> PointAsync(IPage page, string measureId, string period)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "query($id: ID!) { measure(id: $id) { points { period numerator denominator } } }", variables = new { id = measureId } },
        });
        using var json = JsonDocument.Parse(await response.TextAsync());
        foreach (var point in json.RootElement.GetProperty("data").GetProperty("measure").GetProperty("points").EnumerateArray())
            if (point.GetProperty("period").GetString() == period)
                return (point.GetProperty("numerator").GetDouble(), point.GetProperty("denominator").GetDouble());
        return (0, 0);
    }
}
