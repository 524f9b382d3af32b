using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// A PDSA cycle end to end on a phone-sized screen: staff start one from the area, write the
/// phases in order (the Study opens only once the API would take it), complete it and continue it
/// as the next cycle of the ramp.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class PdsaTests(UiApp app)
{
    [Fact]
    public async Task Staff_start_complete_and_continue_a_cycle_on_a_phone()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await DemoScreens.OpenAreaAsync(page);

        // Staff run cycles and give the team's score; the aim and the diagram are the leader's.
        await Assertions.Expect(page.GetByTestId("edit-aim")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("edit-drivers")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("rating-form")).ToContainTextAsync("Teamets vurdering");
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The area at 360 px");
        await ui.AssertAccessibleAsync("the area for staff at 360 px");
        await ui.ScreenshotAsync("50-area-staff-360");

        await page.GetByTestId("start-pdsa").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ny PDSA-sirkel", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Endringsidé").SelectOptionAsync(new SelectOptionValue { Label = "Utskrivningssjekkliste" });
        await page.GetByLabel("Hva vil dere teste?").FillAsync("Teste sjekklisten på kveldsvakt i én uke");
        var predictions = page.GetByLabel("Prediksjoner: hva tror dere vil skje?");
        await predictions.FillAsync($"Åtte av ti, men ikke for pasient {DemoScreens.Fnr}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre planen" }).ClickAsync();
        await Assertions.Expect(predictions).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(predictions).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#plan-predictions-errors")).ToBeVisibleAsync();
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The new cycle form at 360 px");
        await ui.AssertAccessibleAsync("the new cycle form with a refused prediction");
        await ui.ScreenshotAsync("51-pdsa-start-error-360");

        await predictions.FillAsync("Åtte av ti utskrivninger på kveld følger listen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Teste sjekklisten på kveldsvakt");
        var status = page.GetByTestId("pdsa-status");
        await Assertions.Expect(status).ToHaveTextAsync("Planlagt");
        // No results before the test has started: the Study is not offered, and says why.
        await Assertions.Expect(page.GetByTestId("study-blocked")).ToContainTextAsync("testen har startet");
        await Assertions.Expect(page.GetByLabel("Resultater mot prediksjonene")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("act-blocked")).ToBeVisibleAsync();
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The cycle at 360 px");
        await ui.AssertAccessibleAsync("a planned cycle");
        await ui.ScreenshotAsync("52-pdsa-planned-360");

        await page.GetByLabel("Testen startet").FillAsync("2026-11-02");
        await page.GetByLabel("Hva skjedde?").FillAsync("Listen brukt på sju utskrivninger.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre utførelsen" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Gjennomføres");
        await Assertions.Expect(page.GetByTestId("study-blocked")).ToHaveCountAsync(0);

        await page.GetByLabel("Resultater mot prediksjonene").FillAsync("Seks av sju, over det vi spådde.");
        await page.GetByLabel("Hva lærte dere?").FillAsync("Kveldsvakten trenger listen i journalen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre studien" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Handling");

        await page.GetByLabel("Tilpasse").CheckAsync();
        await page.GetByLabel("Neste steg").FillAsync("Legge listen inn i journalen og teste igjen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre beslutningen" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Fullført");
        await ui.AssertAccessibleAsync("a completed cycle");
        await ui.ScreenshotAsync("53-pdsa-completed-360");

        // Continued: a new planned cycle with the same objective, linked back to this one.
        await page.GetByTestId("pdsa-continue").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pdsa-previous")).ToContainTextAsync("Teste sjekklisten på kveldsvakt");
        await Assertions.Expect(status).ToHaveTextAsync("Planlagt");
        await Assertions.Expect(page.GetByLabel("Hva vil dere teste?")).ToHaveValueAsync("Teste sjekklisten på kveldsvakt i én uke");
        await Assertions.Expect(page.GetByTestId("study-blocked")).ToContainTextAsync("prediksjoner");
        await ui.AssertAccessibleAsync("the continued cycle");

        // The area shows the two as a ramp, the new one building on the first.
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Area }).ClickAsync();
        var ramp = page.GetByTestId("pdsa-chain").Filter(new() { HasText = "Teste sjekklisten på kveldsvakt" });
        await Assertions.Expect(ramp.Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(ramp.Locator("li").Last).ToContainTextAsync("bygger på");
        Assert.Empty(ui.UnexpectedProblems());
    }
}
