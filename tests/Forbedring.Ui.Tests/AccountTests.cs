using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class AccountTests(UiApp app)
{
    [Fact]
    public async Task An_invited_person_registers_and_later_sets_a_new_password_from_an_administrators_link()
    {
        // The demo has no administrator: the first person to register becomes one (UiApp registers them once).
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin);
        await Assertions.Expect(admin.Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som Ada Administrator");

        // The facilitator invites someone to the network as a reader, on the network's members screen.
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var networkId = await facilitator.DemoNetworkIdAsync();
        var link = await PeopleTests.InviteToNetworkAsync(facilitator.Page, networkId, "ny@ui.test", "Leser");
        Assert.Contains("/invitasjon#token=", link);

        // The invited person opens the link and registers: the token never leaves the browser in a URL.
        await using var invited = await app.NewPageAsync();
        await invited.Page.GotoAsync(link);
        await Assertions.Expect(invited.Page.GetByRole(AriaRole.Heading, new() { Name = "Du er invitert", Level = 1 })).ToBeVisibleAsync();
        await invited.AssertAccessibleAsync("the invitation");
        await invited.ScreenshotAsync("30-invitation");
        // A different address than the invited one is refused inline.
        await invited.FillRegistrationAsync("Nora Ny", "feil@ui.test", "et-langt-passord-2");
        await Assertions.Expect(invited.Page.Locator("#email-errors")).ToBeVisibleAsync();
        await invited.AssertAccessibleAsync("the invitation with an error");
        await invited.Page.GetByLabel("E-post").FillAsync("ny@ui.test");
        await invited.Page.GetByLabel("Passord", new() { Exact = true }).FillAsync("et-langt-passord-2");
        await invited.Page.GetByLabel("Gjenta passordet").FillAsync("et-langt-passord-2");
        await invited.Page.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();
        await Assertions.Expect(invited.Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som Nora Ny");
        await Assertions.Expect(invited.Page.GetByRole(AriaRole.Link, new() { Name = "Læringsnettverk Gode overganger" })).ToBeVisibleAsync();

        // The administrator makes a new-password link for her.
        await admin.Page.GotoAsync("/glemt-passord");
        await admin.Page.GetByLabel("E-postadressen til kontoen").FillAsync("ny@ui.test");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Lag lenke" }).ClickAsync();
        var resetLink = await admin.Page.Locator("code").InnerTextAsync();
        Assert.Contains("/nytt-passord#token=", resetLink);
        await admin.AssertAccessibleAsync("the new-password link for an administrator");

        await using var reset = await app.NewPageAsync();
        await reset.Page.GotoAsync(resetLink);
        await Assertions.Expect(reset.Page.GetByRole(AriaRole.Heading, new() { Name = "Nytt passord", Level = 1 })).ToBeVisibleAsync();
        await reset.AssertAccessibleAsync("the new-password screen");
        await reset.Page.GetByLabel("Nytt passord").FillAsync("kort");
        await reset.Page.GetByLabel("Gjenta passordet").FillAsync("kort");
        await reset.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre passordet" }).ClickAsync();
        await Assertions.Expect(reset.Page.Locator("#password-errors")).ToBeVisibleAsync();
        await reset.Page.GetByLabel("Nytt passord").FillAsync("et-nytt-passord-3");
        await reset.Page.GetByLabel("Gjenta passordet").FillAsync("et-nytt-passord-3");
        await reset.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre passordet" }).ClickAsync();
        await Assertions.Expect(reset.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passordet er endret for ny@ui.test");
        await reset.ScreenshotAsync("31-new-password-done");

        await reset.SignInAsync("ny@ui.test", "et-nytt-passord-3");
        await Assertions.Expect(reset.Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som Nora Ny");
    }

    [Fact]
    public async Task A_link_without_its_token_says_what_to_do()
    {
        await using var ui = await app.NewPageAsync();
        await ui.Page.GotoAsync("/invitasjon");
        await Assertions.Expect(ui.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("mangler invitasjonskoden");
        await ui.Page.GotoAsync("/nytt-passord");
        await Assertions.Expect(ui.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("mangler koden");
        await ui.AssertAccessibleAsync("a new-password link without its token");
        await ui.Page.GotoAsync("/finnes/ikke");
        await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Name = "Fant ikke siden" })).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the not-found screen");
    }
}
