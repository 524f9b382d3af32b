using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class SignInTests(UiApp app)
{
    private static readonly string[] DemoServices =
    [
        "Smidsrød helsehus", "Hjemmetjenester", "Bjønnesåsen bo- og aktivitetssenter", "Rus/psyk", "Miljøarbeidertjenesten", "Tjenestekontoret",
    ];

    [Fact]
    public async Task Facilitator_signs_in_and_the_overview_shows_every_demo_service_and_the_one_that_never_started()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/logg-inn"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logg inn", Level = 1 })).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the sign-in screen");
        await ui.ScreenshotAsync("01-sign-in");

        await ui.SignInAsync(UiApp.Facilitator);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Læringsnettverk", Level = 1 })).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the network list");
        await ui.ScreenshotAsync("02-networks");

        await page.GetByRole(AriaRole.Link, new() { Name = "Læringsnettverk Gode overganger" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Læringsnettverk Gode overganger", Level = 1 })).ToBeVisibleAsync();
        var services = page.GetByTestId("service");
        await Assertions.Expect(services).ToHaveCountAsync(DemoServices.Length);
        foreach (var name in DemoServices)
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3 })).ToBeVisibleAsync();

        // The service that never got going is flagged, with the reason, in the summary and on its card.
        var neverStarted = services.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Miljøarbeidertjenesten" }) });
        await Assertions.Expect(neverStarted.GetByTestId("engagement")).ToHaveTextAsync("Ikke startet");
        await Assertions.Expect(page.GetByTestId("needs-attention")).ToContainTextAsync("Miljøarbeidertjenesten");
        // It never sent a status report to the four samlinger either; the others did.
        await Assertions.Expect(neverStarted.GetByTestId("reporting")).ToHaveTextAsync("0 av 4 levert, 0 i tide");

        // Measures carry their latest value with a decimal comma and a verdict in words.
        await Assertions.Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasTextRegex = new Regex(@"\d+,\d") }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.spark").First).ToBeVisibleAsync();

        await ui.AssertAccessibleAsync("the network overview");
        await ui.ScreenshotAsync("03-overview");

        // Filtered by status, then by focus area (every demo area is in «Gode overganger»; Vitest covers the rest).
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ikke startet" });
        await Assertions.Expect(services).ToHaveCountAsync(1);
        await Assertions.Expect(services.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToContainTextAsync("Miljøarbeidertjenesten");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alle" });
        await page.GetByLabel("Innsatsområde").SelectOptionAsync(new SelectOptionValue { Label = "Gode overganger" });
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        var active = await services.CountAsync();
        Assert.InRange(active, 1, DemoServices.Length - 1);
        await Assertions.Expect(page.GetByText($"Viser {active} av {DemoServices.Length} tjenester.")).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the network overview, filtered");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task The_overview_is_drawn_within_a_second_on_loopback()
    {
        await using var ui = await app.NewPageAsync();
        await ui.SignInAsync(UiApp.Facilitator);
        await ui.Page.GetByRole(AriaRole.Link, new() { Name = "Læringsnettverk Gode overganger" }).ClickAsync();
        await ui.Page.GetByTestId("service").First.WaitForAsync();
        var url = ui.Page.Url;

        // A full load of the overview's address, as after a reload or from a bookmark (the grains are warm by now).
        var clock = Stopwatch.StartNew();
        await ui.Page.GotoAsync(url);
        await ui.Page.GetByTestId("service").Nth(5).WaitForAsync();
        clock.Stop();

        Assert.True(clock.ElapsedMilliseconds < 1000, $"The overview took {clock.ElapsedMilliseconds} ms to draw.");
    }

    [Fact]
    public async Task Keyboard_only_the_skip_link_leads_to_the_content_and_sign_in_works_without_a_mouse()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/logg-inn");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Logg inn", Level = 1 }).WaitForAsync();

        // The first Tab reaches the skip link, which shows itself and takes focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Hopp til innholdet" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        // From there, Tab reaches the e-mail field first, then the password; Enter submits.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("E-post")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(UiApp.Reader);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Passord", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(UiApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync();

        // After a navigation, focus is on the new screen's heading, so a screen reader announces it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Læringsnettverk", Level = 1 })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_told_inline_by_the_field()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/logg-inn");
        await page.GetByLabel("E-post").FillAsync(UiApp.Reader);
        var password = page.GetByLabel("Passord", new() { Exact = true });
        await password.FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#password-errors")).ToHaveTextAsync("Feil e-postadresse eller passord.");
        await Assertions.Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(password).ToHaveAttributeAsync("aria-describedby", "password-errors");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/logg-inn"));
        await ui.AssertAccessibleAsync("the sign-in screen with an error");
        await ui.ScreenshotAsync("04-sign-in-wrong-password");

        // In English the same error is in English.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#password-errors")).ToHaveTextAsync("Wrong e-mail address or password.");
        Assert.Empty(ui.UnexpectedProblems("401"));
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_and_the_screen_says_until_when()
    {
        // An account of its own: the other tests sign in with every demo account and must not find one locked.
        var email = await InvitedAccounts.CreateAsync(app, "laast@ui.test", "et-langt-passord-3");
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/logg-inn");
        await page.GetByLabel("E-post").FillAsync(email);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GetByLabel("Passord", new() { Exact = true }).FillAsync("wrong-" + attempt);
            await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true })).ToBeEnabledAsync();
        }
        // Locked now: even the right password is refused, with the time it opens again.
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync("et-langt-passord-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-errors")).ToContainTextAsync(new Regex(@"Kontoen er låst .* Prøv igjen etter kl\. \d\d:\d\d\."));
        await Assertions.Expect(page.GetByLabel("E-post")).ToHaveAttributeAsync("aria-describedby", "locked");
        await ui.AssertAccessibleAsync("the sign-in screen of a locked account");
        await ui.ScreenshotAsync("05-sign-in-locked");
        Assert.Empty(ui.UnexpectedProblems("401", "423"));
    }

    [Fact]
    public async Task A_private_address_signed_out_leads_to_sign_in_and_back_and_sign_out_ends_it()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/nettverk");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/logg-inn\?tilbake=%2Fnettverk"));

        await page.GetByLabel("E-post").FillAsync(UiApp.Reader);
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync(UiApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/nettverk$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/logg-inn"));
        await Assertions.Expect(page.GetByText("Du er logget ut.")).ToBeVisibleAsync();
        await page.GotoAsync("/nettverk");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/logg-inn"));
        Assert.Empty(ui.UnexpectedProblems("401"));
    }
}
