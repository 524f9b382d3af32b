using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Editing what was created, in the app: a meeting (seen live on another screen, and a save someone else
/// beat), a service's members (a role changed in one step) and details, a network's settings and its area
/// templates, one's own profile, and the administrator's import of an exported network; and a reader, who
/// is offered none of it. Each test changes what it made, or puts the demo back as it was.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class EditTests(UiApp app)
{
    [Fact]
    public async Task A_facilitator_edits_a_meetings_time_and_invited_services_and_a_participant_sees_it_live()
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var fac = facilitator.Page;
        var title = "Redigert samling " + Guid.NewGuid().ToString("N")[..6];
        var day = DateTime.Today.AddDays(14);
        var meetingId = await MeetingTests.CreateMeetingAsync(fac, title, new DateTimeOffset(day.AddHours(9), TimeSpan.Zero));

        await using var reader = await app.NewPageAsync();
        await reader.SignInAsync(UiApp.Reader);
        var leser = reader.Page;
        foreach (var p in new[] { fac, leser })
        {
            await p.GotoAsync($"/samling/{meetingId}");
            await Assertions.Expect(p.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(p.GetByTestId("live-indicator")).ToHaveAttributeAsync("data-state", "live");
        }
        await Assertions.Expect(leser.GetByTestId("invited-service-names")).ToContainTextAsync(DemoScreens.Service);
        await Assertions.Expect(leser.GetByTestId("edit-meeting")).ToHaveCountAsync(0);

        // The facilitator moves it to the afternoon and invites one service fewer.
        await fac.GetByTestId("edit-meeting").ClickAsync();
        var form = fac.GetByTestId("meeting-form");
        await Assertions.Expect(form.GetByLabel("Tittel")).ToBeFocusedAsync();
        await Assertions.Expect(form.GetByLabel("Tittel")).ToHaveValueAsync(title);
        await Assertions.Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = DemoScreens.Service })).ToBeCheckedAsync();
        await facilitator.AssertAccessibleAsync("the meeting's edit form");
        await facilitator.ScreenshotAsync("80-meeting-edit");
        await form.GetByLabel("Starter").FillAsync(day.ToString("yyyy-MM-dd") + "T13:30");
        await form.GetByRole(AriaRole.Checkbox, new() { Name = DemoScreens.Service }).UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(fac.GetByTestId("meeting-saved")).ToHaveTextAsync("Endringene i samlingen er lagret.");
        await Assertions.Expect(fac.GetByTestId("meeting-when")).ToContainTextAsync("13:30");

        // The participant's screen follows without a reload.
        await Assertions.Expect(leser.GetByTestId("meeting-when")).ToContainTextAsync("13:30");
        await Assertions.Expect(leser.GetByTestId("invited-service-names")).Not.ToContainTextAsync(DemoScreens.Service);
        await Assertions.Expect(leser.GetByTestId("invited-service-names")).Not.ToBeEmptyAsync();

        // Someone else saves while the form is open: the screen says so at once, the save is refused with a way
        // out, and fetching their version keeps what was typed and takes their change.
        await fac.GetByTestId("edit-meeting").ClickAsync();
        await form.GetByLabel("Tittel").FillAsync(title + " (ny tittel)");
        var current = await GraphQLAsync(fac, "query($id: ID!) { meeting(id: $id) { version startsAt } }", new { id = meetingId });
        var changed = await GraphQLAsync(fac, "mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { errors { code } } }", new
        {
            i = new { id = meetingId, expectedVersion = current.GetProperty("meeting").GetProperty("version").GetInt32(), title, startsAt = current.GetProperty("meeting").GetProperty("startsAt").GetString(), place = "Sande rådhus" },
        });
        Assert.Equal(0, changed.GetProperty("updateMeeting").GetProperty("errors").GetArrayLength());
        await Assertions.Expect(fac.GetByTestId("changed-meanwhile")).ToBeVisibleAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        var refused = fac.GetByTestId("save-errors");
        await Assertions.Expect(refused).ToContainTextAsync("Noen andre har lagret endringer");
        await Assertions.Expect(refused).ToContainTextAsync("står fortsatt i skjemaet");
        await facilitator.AssertAccessibleAsync("the meeting's edit form refused as stale");
        await refused.GetByRole(AriaRole.Button, new() { Name = "Hent den nye versjonen og behold det jeg har skrevet" }).ClickAsync();
        await Assertions.Expect(fac.GetByTestId("their-changes")).ToContainTextAsync("Endret av noen andre: Sted");
        await Assertions.Expect(form.GetByLabel(new Regex("^Sted"))).ToHaveValueAsync("Sande rådhus");
        await Assertions.Expect(form.GetByLabel("Tittel")).ToHaveValueAsync(title + " (ny tittel)");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(fac.GetByRole(AriaRole.Heading, new() { Name = title + " (ny tittel)", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(leser.GetByRole(AriaRole.Heading, new() { Name = title + " (ny tittel)", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(facilitator.UnexpectedProblems());
        Assert.Empty(reader.UnexpectedProblems());
    }

    [Fact]
    public async Task A_leader_adds_a_member_changes_their_role_in_one_step_and_ends_the_membership()
    {
        await using var leader = await app.NewPageAsync();
        await leader.SignInWaitingOutLockAsync(UiApp.Leader);
        var page = leader.Page;
        var name = "Petter Prøve " + Guid.NewGuid().ToString("N")[..5];
        var created = await GraphQLAsync(page, "mutation($i: PersonInput!) { createPerson(input: $i) { person { id } errors { code } } }", new { i = new { name } });
        Assert.Equal(0, created.GetProperty("createPerson").GetProperty("errors").GetArrayLength());

        await page.GotoAsync("/nettverk");
        await DemoScreens.OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Service, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Service, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Without a person the form says so at the field.
        var add = page.GetByTestId("add-service-member");
        await add.GetByRole(AriaRole.Button, new() { Name = "Legg til i tjenesten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#member-person-errors")).ToHaveTextAsync("Velg en person");
        await Assertions.Expect(add.GetByLabel("Person", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await leader.AssertAccessibleAsync("the service page's member form with an error");

        await add.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = name });
        await add.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Ansatt" });
        await add.GetByRole(AriaRole.Button, new() { Name = "Legg til i tjenesten" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("members-notice")).ToHaveTextAsync($"{name} er lagt til som Ansatt.");
        var rows = page.GetByTestId("service-members").Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name }) });
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        // A new role in one step: the old membership ends today and stays in the history.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Endre rolle for {name}" }).ClickAsync();
        var change = page.GetByTestId("change-role-form");
        await Assertions.Expect(change.GetByLabel($"Ny rolle for {name}")).ToBeFocusedAsync();
        await Assertions.Expect(change.GetByLabel($"Ny rolle for {name}").Locator("option", new() { HasText = "Ansatt" })).ToHaveCountAsync(0);
        await leader.AssertAccessibleAsync("the service page's role change");
        await leader.ScreenshotAsync("81-service-change-role");
        await change.GetByLabel($"Ny rolle for {name}").SelectOptionAsync(new SelectOptionValue { Label = "Måleansvarlig" });
        await change.GetByRole(AriaRole.Button, new() { Name = "Endre rolle" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("members-notice")).ToContainTextAsync($"{name} har nå rollen Måleansvarlig.");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Filter(new() { HasText = "Ansatt" })).ToContainTextAsync("(sluttet)");
        await Assertions.Expect(rows.Filter(new() { HasText = "Måleansvarlig" })).Not.ToContainTextAsync("sluttet");

        // Ending asks first, then ends it; the person stays in the history.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Avslutt for {name}" }).ClickAsync();
        var confirm = page.GetByTestId("end-confirm");
        await Assertions.Expect(confirm).ToContainTextAsync($"Avslutte medlemskapet til {name} fra i dag?");
        await Assertions.Expect(confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, avslutt medlemskapet" })).ToBeFocusedAsync();
        await leader.AssertAccessibleAsync("the service page's confirmation to end a membership");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, avslutt medlemskapet" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("members-notice")).ToHaveTextAsync($"Medlemskapet til {name} er avsluttet fra i dag.");
        await Assertions.Expect(rows.Filter(new() { HasText = "Måleansvarlig" })).ToContainTextAsync("(sluttet)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Endre rolle for {name}" })).ToHaveCountAsync(0);
        // The leader's own membership offers nothing: ending it would lock them out.
        var me = (await page.GetByTestId("signed-in-as").InnerTextAsync()).Replace("Innlogget som ", "").Trim();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Avslutt for {me}" })).ToHaveCountAsync(0);

        // The service's details: the kind is changed, and put back.
        await page.GetByTestId("edit-service").ClickAsync();
        var details = page.GetByTestId("service-form");
        await Assertions.Expect(details.GetByLabel("Navn på tjenesten")).ToHaveValueAsync(DemoScreens.Service);
        var oldKind = await details.GetByLabel("Type tjeneste").InputValueAsync();
        await details.GetByLabel("Navn på tjenesten").FillAsync("");
        await details.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#service-edit-name-errors")).ToBeVisibleAsync();
        await leader.AssertAccessibleAsync("the service's details form with an error");
        await details.GetByLabel("Navn på tjenesten").FillAsync(DemoScreens.Service);
        await details.GetByLabel("Type tjeneste").FillAsync("Helsehus (testet)");
        await details.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Helsehus (testet)")).ToBeVisibleAsync();
        await page.GetByTestId("edit-service").ClickAsync();
        await details.GetByLabel("Type tjeneste").FillAsync(oldKind);
        await details.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("edit-service")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Helsehus (testet)")).ToHaveCountAsync(0);
        Assert.Empty(leader.UnexpectedProblems("423"));
    }

    [Fact]
    public async Task A_facilitator_edits_the_network_archives_and_restores_it_and_writes_and_edits_an_area_template()
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var page = facilitator.Page;
        await DemoScreens.OpenOverviewAsync(page);
        await page.GetByTestId("settings-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Innstillinger for " + DemoScreens.Network, Level = 1 })).ToBeVisibleAsync();
        var form = page.GetByTestId("network-form");
        await Assertions.Expect(form.GetByLabel("Navn på nettverket")).ToHaveValueAsync(DemoScreens.Network);
        await facilitator.AssertAccessibleAsync("the network's settings");
        await facilitator.ScreenshotAsync("82-network-settings");

        // A refused save keeps what was typed.
        var description = "Beskrivelse skrevet i UI-testen " + Guid.NewGuid().ToString("N")[..5];
        await form.GetByLabel(new Regex("^Beskrivelse")).FillAsync(description);
        await form.GetByLabel("Navn på nettverket").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#net-name-errors")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel("Navn på nettverket")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByLabel(new Regex("^Beskrivelse"))).ToHaveValueAsync(description);
        await facilitator.AssertAccessibleAsync("the network's settings with an error");

        // A new focus area, saved, read back, and removed again.
        await form.GetByLabel("Navn på nettverket").FillAsync(DemoScreens.Network);
        await form.GetByRole(AriaRole.Button, new() { Name = "Legg til et innsatsområde" }).ClickAsync();
        var focusName = form.Locator("input[id^='focus-'][id$='-name']").Last;
        await Assertions.Expect(focusName).ToBeFocusedAsync();
        await focusName.FillAsync("Testområde fra UI");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("network-saved")).ToHaveTextAsync("Innstillingene er lagret.");
        await page.ReloadAsync();
        await Assertions.Expect(form.GetByLabel(new Regex("^Beskrivelse"))).ToHaveValueAsync(description);
        await Assertions.Expect(form.Locator("input[id^='focus-'][id$='-name']").Last).ToHaveValueAsync("Testområde fra UI");
        await form.GetByRole(AriaRole.Button, new() { Name = "Fjern Testområde fra UI" }).ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("network-saved")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(form.GetByLabel("Navn på nettverket")).ToHaveValueAsync(DemoScreens.Network);
        await Assertions.Expect(form.GetByRole(AriaRole.Button, new() { Name = "Fjern Testområde fra UI" })).ToHaveCountAsync(0);

        // Archiving says what it means and asks first; the network can be brought back.
        await Assertions.Expect(page.Locator("#archive-meaning")).ToContainTextAsync("vises ikke lenger i nettverkslista");
        await page.GetByRole(AriaRole.Button, new() { Name = "Arkiver nettverket" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("archive-confirm")).ToContainTextAsync($"Arkivere «{DemoScreens.Network}»?");
        await facilitator.AssertAccessibleAsync("the network's archive confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, arkiver" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("archived")).ToContainTextAsync("Nettverket er arkivert");
        await Assertions.Expect(page.GetByTestId("network-form")).ToHaveCountAsync(0);
        // Gone from the list of networks, unless the archived are asked for; from there it is found again.
        var settings = page.Url;
        await page.GotoAsync("/nettverk");
        await Assertions.Expect(page.GetByTestId("network-list").GetByRole(AriaRole.Link, new() { Name = DemoScreens.Network })).ToHaveCountAsync(0);
        await page.GetByTestId("show-archived").CheckAsync();
        await Assertions.Expect(page.GetByTestId("network-list").Locator("li", new() { HasText = DemoScreens.Network })).ToContainTextAsync("Arkivert");
        await page.GotoAsync(settings);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hent fram nettverket igjen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("network-form")).ToBeVisibleAsync();
        Assert.False((await GraphQLAsync(page, "query($id: ID!) { network(id: $id) { archived } }", new { id = await facilitator.DemoNetworkIdAsync() }))
            .GetProperty("network").GetProperty("archived").GetBoolean());

        // The network's area templates: a new one with a measure, then edited.
        await page.GetByTestId("templates-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maler for forbedringsområder", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny mal" }).ClickAsync();
        var template = page.GetByTestId("template-form");
        await template.GetByRole(AriaRole.Button, new() { Name = "Opprett malen" }).ClickAsync();
        await Assertions.Expect(template.GetByLabel("Tittel")).ToHaveAttributeAsync("aria-invalid", "true");
        var title = "Mal fra UI-testen " + Guid.NewGuid().ToString("N")[..5];
        await template.GetByLabel("Tittel").FillAsync(title);
        await template.GetByLabel("Målformulering").FillAsync("90 % av utskrivningene har strukturert samtale innen utgangen av året.");
        await template.GetByRole(AriaRole.Button, new() { Name = "Legg til en måling" }).ClickAsync();
        await Assertions.Expect(template.GetByLabel("Navn på målingen")).ToBeFocusedAsync();
        await template.GetByLabel("Navn på målingen").FillAsync("Andel med strukturert samtale");
        await Assertions.Expect(template.GetByLabel("Teller: hva telles")).ToBeVisibleAsync(); // a proportion
        await template.GetByLabel("Målverdi").FillAsync("nitti");
        await template.GetByRole(AriaRole.Button, new() { Name = "Opprett malen" }).ClickAsync();
        await Assertions.Expect(template.Locator("[id$='-m0-target-errors']")).ToHaveTextAsync("Skriv målverdien som et tall, f.eks. 90 eller 2,5.");
        await Assertions.Expect(template.GetByLabel("Tittel")).ToHaveValueAsync(title);
        await facilitator.AssertAccessibleAsync("a new area template with an error");
        await facilitator.ScreenshotAsync("83-area-template");
        await template.GetByLabel("Målverdi").FillAsync("90");
        await template.GetByRole(AriaRole.Button, new() { Name = "Opprett malen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("templates-notice")).ToHaveTextAsync($"Malen «{title}» er opprettet.");
        var card = page.GetByTestId("area-template").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title }) });
        await Assertions.Expect(card).ToContainTextAsync("Andel med strukturert samtale");

        await card.GetByRole(AriaRole.Button, new() { Name = "Endre malen " + title }).ClickAsync();
        var editing = page.GetByTestId("template-form");
        await Assertions.Expect(editing.GetByLabel("Målverdi")).ToHaveValueAsync("90");
        await editing.GetByLabel("Tittel").FillAsync(title + " (endret)");
        await editing.GetByLabel("Målverdi").FillAsync("85,5");
        await editing.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("templates-notice")).ToHaveTextAsync($"Malen «{title} (endret)» er lagret.");
        var edited = page.GetByTestId("area-template").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title + " (endret)" }) });
        await Assertions.Expect(edited).ToContainTextAsync("85,5");
        await facilitator.AssertAccessibleAsync("the area templates");
        Assert.Empty(facilitator.UnexpectedProblems());
    }

    [Fact]
    public async Task A_person_edits_their_own_profile_and_the_header_follows()
    {
        var email = await InvitedAccounts.CreateAsync(app, "profil@ui.test", "et-langt-passord-7");
        await using var ui = await app.NewPageAsync();
        await ui.SignInAsync(email, "et-langt-passord-7");
        var page = ui.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Min profil" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Min profil", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Du logger inn med profil@ui.test.")).ToBeVisibleAsync();
        var form = page.GetByTestId("profile-form");
        await Assertions.Expect(form.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync("Lise Låst");

        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync(" ");
        await form.GetByLabel(new Regex("^Tittel")).FillAsync("Sykepleier");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-name-errors")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel(new Regex("^Tittel"))).ToHaveValueAsync("Sykepleier");
        await ui.AssertAccessibleAsync("my profile with an error");

        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync("Petra Profil");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-saved")).ToHaveTextAsync("Profilen er lagret.");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som Petra Profil");
        await page.ReloadAsync();
        await Assertions.Expect(form.GetByLabel(new Regex("^Tittel"))).ToHaveValueAsync("Sykepleier");
        await ui.AssertAccessibleAsync("my profile");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My profile", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Petra Profil");
        await ui.AssertAccessibleAsync("my profile in English");
        await ui.ScreenshotAsync("84-profile-en");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task The_administrator_imports_a_network_exported_from_its_settings()
    {
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin);
        var page = admin.Page;
        await page.GotoAsync($"/nettverk/{await admin.DemoNetworkIdAsync()}/innstillinger");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-link").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename);
        var exported = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Contains(DemoScreens.Network, Encoding.UTF8.GetString(exported));

        await page.GetByRole(AriaRole.Link, new() { Name = "Administrasjon" }).ClickAsync();
        var form = page.GetByTestId("import-network");
        await form.GetByRole(AriaRole.Button, new() { Name = "Importer nettverket" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-file-errors")).ToHaveTextAsync("Velg en fil å importere.");
        await form.GetByLabel("Eksportfil (JSON)").SetInputFilesAsync(new FilePayload { Name = "feil.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{\"format\": \"noe annet\"}") });
        await form.GetByRole(AriaRole.Button, new() { Name = "Importer nettverket" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-file-errors")).ToContainTextAsync("ikke en nettverkseksport fra Forbedring");
        await Assertions.Expect(form.GetByLabel("Eksportfil (JSON)")).ToHaveAttributeAsync("aria-invalid", "true");
        await admin.AssertAccessibleAsync("the network import with an error");

        await form.GetByLabel("Eksportfil (JSON)").SetInputFilesAsync(new FilePayload { Name = download.SuggestedFilename, MimeType = "application/json", Buffer = exported });
        await form.GetByRole(AriaRole.Button, new() { Name = "Importer nettverket" }).ClickAsync();
        var done = page.GetByTestId("network-imported");
        await Assertions.Expect(done).ToContainTextAsync($"Nettverket «{DemoScreens.Network}» er importert.", new() { Timeout = 60_000 });
        await admin.AssertAccessibleAsync("the network import, done");
        await admin.ScreenshotAsync("85-network-imported");
        var copyPath = await done.GetByRole(AriaRole.Link, new() { Name = "Åpne det" }).GetAttributeAsync("href");
        Assert.NotEqual($"/nettverk/{await admin.DemoNetworkIdAsync()}", copyPath);
        await done.GetByRole(AriaRole.Link, new() { Name = "Åpne det" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Network, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("needs-attention")).ToBeVisibleAsync();
        Assert.Empty(admin.UnexpectedProblems());
    }

    [Fact]
    public async Task A_reader_is_offered_none_of_the_edit_controls()
    {
        await using var reader = await app.NewPageAsync();
        await reader.SignInAsync(UiApp.Reader);
        var page = reader.Page;
        var networkId = await reader.DemoNetworkIdAsync();
        await page.GotoAsync($"/nettverk/{networkId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Network, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("settings-link")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("templates-link")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Service, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("service-members")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("edit-service")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("add-service-member")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("service-members").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        var meetings = await GraphQLAsync(page, "query($id: ID!) { network(id: $id) { meetings { id } } }", new { id = networkId });
        await page.GotoAsync($"/samling/{meetings.GetProperty("network").GetProperty("meetings")[0].GetProperty("id").GetString()}");
        await Assertions.Expect(page.GetByTestId("meeting-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("edit-meeting")).ToHaveCountAsync(0);

        // Reached by their addresses, the settings say who may change them, and the templates offer nothing to change.
        await page.GotoAsync($"/nettverk/{networkId}/innstillinger");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bare nettverkets fasilitatorer kan endre innstillingene.");
        await Assertions.Expect(page.GetByTestId("network-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("export-link")).ToHaveCountAsync(0);
        await reader.AssertAccessibleAsync("the network's settings for a reader");
        await page.GotoAsync($"/nettverk/{networkId}/maler");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maler for forbedringsområder", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ny mal" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Endre malen") })).ToHaveCountAsync(0);
        await reader.AssertAccessibleAsync("the area templates for a reader");
        Assert.Empty(reader.UnexpectedProblems());
    }

    /// <summary>A GraphQL request as the page's signed-in person; its data.</summary>
    private static async Task<JsonElement> GraphQLAsync(IPage page, string query, object variables)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new() { DataObject = new { query, variables } });
        var body = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").Clone();
    }
}
