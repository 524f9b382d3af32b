using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Who takes part, managed in the app: a network's members screen (add and end memberships, invite
/// by e-mail, the network's audit log), a leader's invitation to their service, and the
/// administration screen. Each test uses addresses of its own, so they may run in any order.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class PeopleTests(UiApp app)
{
    private const string NetworkName = "Læringsnettverk Gode overganger";

    [Fact]
    public async Task A_facilitator_invites_a_reader_who_registers_and_then_ends_and_adds_a_membership()
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        await facilitator.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var networkId = await facilitator.DemoNetworkIdAsync();
        var link = await InviteToNetworkAsync(facilitator.Page, networkId, "lise@ui.test", "Leser");
        var invitation = facilitator.Page.GetByTestId("invitation");
        await Assertions.Expect(invitation).ToContainTextAsync("7 dager");
        await Assertions.Expect(invitation).ToContainTextAsync("bare én gang");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Kopier lenken" }).ClickAsync();
        await Assertions.Expect(invitation.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lenken er kopiert.");
        Assert.Equal(link, await facilitator.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await facilitator.AssertAccessibleAsync("the members screen with an invitation link");
        await facilitator.ScreenshotAsync("50-members-invitation");

        // The invited person opens the link, registers and sees the network.
        await using var invited = await app.NewPageAsync();
        await invited.Page.GotoAsync(link);
        await invited.FillRegistrationAsync("Lise Leser", "lise@ui.test", "et-langt-passord-5");
        await Assertions.Expect(invited.Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som Lise Leser");
        await Assertions.Expect(invited.Page.GetByRole(AriaRole.Link, new() { Name = NetworkName })).ToBeVisibleAsync();

        // The facilitator sees her as a reader and ends the membership: it stays in the history, with its end date.
        var page = facilitator.Page;
        await page.ReloadAsync();
        var lise = Rows(page, "Lise Leser");
        await Assertions.Expect(lise).ToHaveCountAsync(1);
        await Assertions.Expect(lise).ToContainTextAsync("Leser");
        await Assertions.Expect(lise).ToContainTextAsync("fortsatt med");
        // Not her own membership, though: a facilitator who ended it would lock herself out.
        await Assertions.Expect(Rows(page, "Hilde Myrvold")).ToContainTextAsync("Fasilitator");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avslutt medlemskapet til Hilde Myrvold" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Avslutt medlemskapet til Lise Leser" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Medlemskapet til Lise Leser er avsluttet fra i dag.")).ToBeVisibleAsync();
        await Assertions.Expect(lise).Not.ToContainTextAsync("fortsatt med");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avslutt medlemskapet til Lise Leser" })).ToHaveCountAsync(0);

        // And adds her again, now as a participant; the form refuses without a person, at the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til i nettverket" }).ClickAsync();
        await Assertions.Expect(page.Locator("#personId-errors")).ToHaveTextAsync("Velg en person");
        await Assertions.Expect(page.GetByLabel("Person", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lise Leser" });
        await page.GetByLabel("Rolle", new() { Exact = true }).First.SelectOptionAsync(new SelectOptionValue { Label = "Deltaker" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til i nettverket" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Lise Leser er lagt til i nettverket.")).ToBeVisibleAsync();
        await Assertions.Expect(lise).ToHaveCountAsync(2);
        await Assertions.Expect(lise.Filter(new() { HasText = "Deltaker" })).ToContainTextAsync("fortsatt med");

        // The network's audit log, newest first, shows both changes.
        var log = await ReloadUntilAuditShowsAsync(page, "addNetworkMember");
        await Assertions.Expect(log.Locator("tbody tr").First).ToContainTextAsync("addNetworkMember");
        await Assertions.Expect(log).ToContainTextAsync("removeNetworkMember");
        await facilitator.AssertAccessibleAsync("the members screen after changes");
        await facilitator.ScreenshotAsync("51-members");
        Assert.Empty(facilitator.UnexpectedProblems());
        Assert.Empty(invited.UnexpectedProblems());
    }

    [Fact]
    public async Task A_reader_sees_no_management_and_the_administration_screen_refuses_politely()
    {
        await using var reader = await app.NewPageAsync();
        await reader.SignInAsync(UiApp.Reader);
        var page = reader.Page;
        var networkId = await reader.DemoNetworkIdAsync();
        await page.GotoAsync($"/nettverk/{networkId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = NetworkName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("meetings-link")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("members-link")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("service-invite-link")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Administrasjon" })).ToHaveCountAsync(0);

        // Reached by its address, the members screen shows who takes part, and nothing to change.
        await page.GotoAsync($"/nettverk/{networkId}/medlemmer");
        await Assertions.Expect(page.GetByTestId("members")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("network-services")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(2); // the language switch and «Logg ut»
        await Assertions.Expect(page.GetByTestId("invite-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("audit-log")).ToHaveCountAsync(0);
        await reader.AssertAccessibleAsync("the members screen for a reader");

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Denne siden er for administratorer.");
        await reader.AssertAccessibleAsync("the administration screen refusing a reader");

        Assert.Empty(reader.UnexpectedProblems());

        // A service the reader may not see (or that does not exist) is refused by the API's validation (400), politely on screen.
        await page.GotoAsync("/inviter/tjeneste/service_finnesikke");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bare en leder i tjenesten");
        await reader.AssertAccessibleAsync("the service invitation refusing a reader");
        Assert.Empty(reader.UnexpectedProblems("status of 400"));
    }

    [Fact]
    public async Task A_leader_invites_to_their_service_with_the_keyboard_at_360_px()
    {
        await using var leader = await app.NewPageAsync(width: 360, height: 780);
        await leader.SignInWaitingOutLockAsync(UiApp.Leader);
        var page = leader.Page;
        await page.GotoAsync($"/nettverk/{await leader.DemoNetworkIdAsync()}");
        await Assertions.Expect(page.GetByTestId("members-link")).ToHaveCountAsync(0); // a leader, not a facilitator
        var inviteLink = page.GetByTestId("service-invite-link");
        await Assertions.Expect(inviteLink).ToHaveCountAsync(1); // only for the service they lead
        await inviteLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Inviter til");

        await page.GetByLabel("E-postadressen til den du inviterer").FocusAsync();
        await page.Keyboard.TypeAsync("ikke-en-adresse");
        await page.Keyboard.PressAsync("Tab"); // the role: «Ansatt» is chosen
        await Assertions.Expect(page.GetByLabel("Rolle")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Rolle")).ToHaveValueAsync("STAFF");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#invite-email-errors")).ToContainTextAsync("Skriv en e-postadresse");
        await leader.AssertAccessibleAsync("the service invitation with an error");

        await page.GetByLabel("E-postadressen til den du inviterer").FillAsync("");
        await page.GetByLabel("E-postadressen til den du inviterer").FocusAsync();
        await page.Keyboard.TypeAsync("ny-ansatt@ui.test");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("invitation")).ToContainTextAsync("Invitasjonen til ny-ansatt@ui.test er klar.");
        Assert.Contains("/invitasjon#token=", await page.GetByTestId("invitation-link").InputValueAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "The screen scrolls sideways at 360 px.");
        await leader.AssertAccessibleAsync("the service invitation with its link");
        await leader.ScreenshotAsync("52-service-invitation-360");
        Assert.Empty(leader.UnexpectedProblems("423"));
    }

    [Fact]
    public async Task The_administrator_creates_a_service_and_reads_the_installations_audit_log_also_in_English()
    {
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin);
        var page = admin.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Administrasjon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administrasjon", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lag en lenke for nytt passord" })).ToHaveAttributeAsync("href", "/glemt-passord");

        // A service without a name is refused at its field, in bokmål.
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett tjenesten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#service-name-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Navn på tjenesten")).ToHaveAttributeAsync("aria-invalid", "true");
        await admin.AssertAccessibleAsync("the administration screen with an error");

        await page.GetByLabel("Navn på tjenesten").FillAsync("Korttidsavdelingen UI");
        await page.GetByLabel("Type tjeneste").FillAsync("Sykehjem");
        await page.GetByLabel("Organisasjon").FillAsync("Testkommune");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett tjenesten" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("service-created")).ToContainTextAsync("Tjenesten Korttidsavdelingen UI er opprettet.");
        await Assertions.Expect(page.Locator("#service-name-errors")).ToHaveCountAsync(0);

        // The installation's audit log, newest first.
        var log = await ReloadUntilAuditShowsAsync(page, "createService");
        await Assertions.Expect(log.Locator("tbody tr").First).ToContainTextAsync("createService");
        await Assertions.Expect(log.Locator("tbody tr").First).ToContainTextAsync("Ada Administrator");
        await admin.AssertAccessibleAsync("the administration screen");
        await admin.ScreenshotAsync("53-admin");

        // In English.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The whole installation’s change log" })).ToBeVisibleAsync();
        await Assertions.Expect(log.Locator("thead")).ToContainTextAsync("When");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the service" }).ClickAsync();
        await Assertions.Expect(page.Locator("#service-name-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#service-name-errors")).Not.ToContainTextAsync("må");
        await admin.AssertAccessibleAsync("the administration screen in English");
        await admin.ScreenshotAsync("54-admin-en");
        Assert.Empty(admin.UnexpectedProblems());
    }

    /// <summary>Opens the network's members screen from its overview and makes an invitation link with the given role.</summary>
    internal static async Task<string> InviteToNetworkAsync(IPage page, string networkId, string email, string roleLabel)
    {
        await page.GotoAsync($"/nettverk/{networkId}");
        await page.GetByTestId("members-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deltakere i " + NetworkName, Level = 1 })).ToBeVisibleAsync();
        var form = page.GetByTestId("invite-form");
        await form.GetByLabel("E-postadressen til den du inviterer").FillAsync(email);
        await form.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = roleLabel });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lag invitasjonslenke" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("invitation")).ToContainTextAsync($"Invitasjonen til {email} er klar.");
        return await page.GetByTestId("invitation-link").InputValueAsync();
    }

    private static ILocator Rows(IPage page, string name) =>
        page.GetByTestId("members").Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name }) });

    /// <summary>
    /// The audit log on the page once its newest line is the given action. A line is written just after the change
    /// is answered (docs/security.md, "Audit log"), so the screen may need a moment, and a reload, to show it.
    /// </summary>
    private static async Task<ILocator> ReloadUntilAuditShowsAsync(IPage page, string action)
    {
        var log = page.GetByTestId("audit-log");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.ReloadAsync();
            await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync();
            try
            {
                await log.WaitForAsync(new() { Timeout = 2_000 });
            }
            catch (TimeoutException)
            {
                // No lines yet: the log says so instead of drawing a table.
            }
            if (await log.Locator("tbody tr").CountAsync() > 0 && (await log.Locator("tbody tr").First.InnerTextAsync()).Contains(action, StringComparison.Ordinal))
                break;
            await page.WaitForTimeoutAsync(250);
        }
        return log;
    }
}
