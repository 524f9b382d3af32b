using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class LogMeasurementTests(UiApp app)
{
    [Fact]
    public async Task Staff_log_a_measurement_from_the_overview_on_a_phone_sized_screen()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await page.GetByRole(AriaRole.Link, new() { Name = "Læringsnettverk Gode overganger" }).ClickAsync();

        // Staff see a log link on their own service's measures only.
        var links = page.GetByTestId("log-link");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        var mine = page.GetByTestId("service").Filter(new() { Has = page.GetByTestId("log-link") });
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await links.First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrer måling", Level = 1 })).ToBeVisibleAsync();
        var period = page.GetByLabel("Periode");
        await Assertions.Expect(period).Not.ToHaveValueAsync("");
        await ui.AssertAccessibleAsync("the logging form");
        await ui.ScreenshotAsync("20-log-measurement-360");

        // Fill what the measure asks for: a value, or a numerator and a denominator.
        var ratio = await page.GetByLabel("Teller").CountAsync() > 0;
        if (ratio)
        {
            await page.GetByLabel("Teller").FillAsync("tre");
            await page.GetByLabel("Nevner").FillAsync("10");
        }
        else
        {
            await page.GetByLabel(new Regex("^Verdi")).FillAsync("tre");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Skriv et tall, f.eks. 12,5.")).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the logging form with an error");

        if (ratio)
            await page.GetByLabel("Teller").FillAsync("7");
        else
            await page.GetByLabel(new Regex("^Verdi")).FillAsync("7,5");
        await page.GetByLabel(new Regex("^Merknad")).FillAsync("Fra sjekklisten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("log-saved")).ToContainTextAsync("Lagret:");
        await ui.AssertAccessibleAsync("the logging confirmation");
        await ui.ScreenshotAsync("21-log-measurement-saved-360");

        // No horizontal scrolling at 360 px.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Til oversikten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Læringsnettverk Gode overganger", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The overview scrolls sideways at 360 px.");
        await ui.AssertAccessibleAsync("the overview at 360 px");
        await ui.ScreenshotAsync("22-overview-360");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_reader_sees_the_overview_without_any_link_to_change_it()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Reader);
        await page.GetByRole(AriaRole.Link, new() { Name = "Læringsnettverk Gode overganger" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("service")).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByTestId("log-link")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrer måling" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Du er ikke med i en tjeneste med målinger ennå.")).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the logging screen for a reader");
    }

    [Fact]
    public async Task An_unknown_network_reads_as_no_access_and_leads_back()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Reader);
        await page.GotoAsync("/nettverk/network_finnesikke");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("tilgang");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nettverk" }).Last).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("a network one may not see");
    }
}
