using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// A samling run through the UI: the facilitator plans and opens it, takes attendance and runs the
/// dot voting while staff and a leader, each in a browser of their own, see one another's votes
/// arrive live (no reload); then the choice, a learning, an action item, the minutes and the close.
/// Each test makes its own meeting, so the demo's meetings may change without breaking them.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class MeetingTests(UiApp app)
{
    private const string Network = "Læringsnettverk Gode overganger";

    /// <summary>A valid-looking fødselsnummer (the API refuses it as patient-identifiable).</summary>
    private const string NationalId = "15067543278";

    [Fact]
    public async Task A_facilitator_runs_a_meeting_and_two_participants_see_each_others_votes_live()
    {
        await using var facilitator = await app.NewPageAsync();
        var fac = facilitator.Page;
        await facilitator.SignInAsync(UiApp.Facilitator);

        // Plan the meeting from the network's meeting list.
        await fac.GetByRole(AriaRole.Link, new() { Name = Network }).ClickAsync();
        await fac.GetByTestId("meetings-link").ClickAsync();
        await Assertions.Expect(fac.GetByRole(AriaRole.Heading, new() { Name = "Samlinger", Level = 1 })).ToBeVisibleAsync();
        await facilitator.AssertAccessibleAsync("the meeting list");
        await facilitator.ScreenshotAsync("40-meetings");
        var title = "Innsiktsverksted " + Guid.NewGuid().ToString("N")[..6];
        var plan = fac.GetByTestId("plan-meeting");
        if (!await plan.IsVisibleAsync())
            await fac.GetByText("Planlegg en samling").ClickAsync();
        await plan.GetByLabel("Tittel").FillAsync(title);
        await plan.GetByLabel("Starter").FillAsync(DateTime.Now.AddDays(7).ToString("yyyy-MM-dd") + "T09:00");
        await plan.GetByLabel(new Regex("^Sted")).FillAsync("Smidsrød helsehus");
        await plan.GetByLabel(new Regex("^Agenda")).FillAsync("1. Velkommen\n2. **Innsikter** og prioritering");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Planlegg samlingen" }).ClickAsync();

        await Assertions.Expect(fac.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        var meetingUrl = new Uri(fac.Url).AbsolutePath;
        await Assertions.Expect(fac.GetByTestId("meeting-state")).ToHaveTextAsync("Planlagt");
        await Assertions.Expect(fac.Locator(".prose strong")).ToHaveTextAsync("Innsikter");
        await ExpectLiveAsync(fac);

        // Two participants, each in a browser context of their own.
        await using var staff = await app.NewPageAsync();
        await using var leader = await app.NewPageAsync();
        var ansatt = staff.Page;
        var leder = leader.Page;
        await staff.SignInAsync(UiApp.Staff);
        await leader.SignInWaitingOutLockAsync(UiApp.Leader);
        var staffName = (await ansatt.GetByTestId("signed-in-as").InnerTextAsync()).Replace("Innlogget som ", "").Trim();
        foreach (var p in new[] { ansatt, leder })
        {
            await p.GotoAsync(meetingUrl);
            await ExpectLiveAsync(p);
            // Marks the page: a reload would lose it, so it proves what follows arrives live.
            await p.EvaluateAsync("() => { window.__sameDocument = true; }");
        }

        // Open, and take attendance: the facilitator records someone, staff record themselves.
        await fac.GetByRole(AriaRole.Button, new() { Name = "Åpne samlingen" }).ClickAsync();
        await Assertions.Expect(fac.GetByTestId("meeting-state")).ToHaveTextAsync("Åpen");
        var first = fac.GetByTestId("attendee").Filter(new() { HasNotText = staffName }).First;
        await first.GetByRole(AriaRole.Button, new() { Name = "Til stede", Exact = true }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Til stede", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(fac.GetByText(new Regex(@"^1 til stede av \d+ inviterte"))).ToBeVisibleAsync();

        var mine = ansatt.GetByTestId("attendee").Filter(new() { Has = ansatt.GetByRole(AriaRole.Button) });
        await Assertions.Expect(mine).ToHaveCountAsync(1); // staff may record only themselves
        await mine.GetByRole(AriaRole.Button, new() { Name = "Til stede", Exact = true }).ClickAsync();
        await Assertions.Expect(fac.GetByText(new Regex(@"^2 til stede av \d+ inviterte"))).ToBeVisibleAsync(); // live on the facilitator's screen
        await facilitator.AssertAccessibleAsync("the meeting with attendance");

        // Cards: the facilitator and staff put them up; a national identity number is refused at the field.
        await ProposeAsync(fac, "Felles sjekkliste ved utskrivning");
        await ProposeAsync(ansatt, "Pasient " + NationalId + " ble glemt");
        await Assertions.Expect(ansatt.GetByTestId("propose-card").Locator(".field-error")).ToContainTextAsync("fødselsnummer");
        await Assertions.Expect(ansatt.GetByLabel("Innsikt (kort tittel)")).ToHaveAttributeAsync("aria-invalid", "true");
        await ProposeAsync(ansatt, "Ringe hjem dagen etter utskrivning");
        await Assertions.Expect(leder.GetByTestId("insight-card")).ToHaveCountAsync(2); // live

        // The facilitator opens the voting with the counts showing as they come.
        await fac.GetByLabel("Vis opptellingen underveis").CheckAsync();
        await fac.GetByRole(AriaRole.Button, new() { Name = "Åpne avstemningen" }).ClickAsync();
        await Assertions.Expect(ansatt.GetByTestId("voting-state")).ToHaveTextAsync("Avstemningen er åpen");
        await Assertions.Expect(ansatt.GetByTestId("votes-left")).ToHaveTextAsync("Dine stemmer igjen: 2");

        var checklist = "Felles sjekkliste ved utskrivning";
        var call = "Ringe hjem dagen etter utskrivning";
        await ansatt.GetByRole(AriaRole.Button, new() { Name = $"Stem på «{checklist}»" }).ClickAsync();
        await Assertions.Expect(ansatt.GetByTestId("votes-left")).ToHaveTextAsync("Dine stemmer igjen: 1");
        await Assertions.Expect(Card(leder, checklist).GetByTestId("card-votes")).ToHaveTextAsync("Stemmer: 1"); // Kari's vote, on Ola's screen
        await leder.GetByRole(AriaRole.Button, new() { Name = $"Stem på «{call}»" }).ClickAsync();
        await Assertions.Expect(Card(ansatt, call).GetByTestId("card-votes")).ToHaveTextAsync("Stemmer: 1"); // and the other way round
        await Assertions.Expect(fac.GetByText("2 stemmer avgitt av 2 personer.", new() { Exact = false })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync("the voting while open");
        await staff.ScreenshotAsync("41-meeting-voting-staff");

        // A vote taken back disappears from the other screen too.
        await ansatt.GetByRole(AriaRole.Button, new() { Name = $"Trekk stemme fra «{checklist}»" }).ClickAsync();
        await Assertions.Expect(Card(leder, checklist).GetByTestId("card-votes")).ToHaveTextAsync("Stemmer: 0");
        await ansatt.GetByRole(AriaRole.Button, new() { Name = $"Stem på «{call}»" }).ClickAsync();
        await Assertions.Expect(Card(leder, call).GetByTestId("card-votes")).ToHaveTextAsync("Stemmer: 2");

        // Closing the voting reaches everyone; the facilitator chooses a card and writes its value.
        await fac.GetByRole(AriaRole.Button, new() { Name = "Lukk avstemningen" }).ClickAsync();
        await Assertions.Expect(ansatt.GetByTestId("voting-state")).ToHaveTextAsync("Avstemningen er lukket");
        await Assertions.Expect(leder.GetByTestId("insight-card").First).ToContainTextAsync(call); // most votes first
        await fac.GetByRole(AriaRole.Button, new() { Name = $"Velg kortet «{call}»" }).ClickAsync();
        await fac.GetByLabel("Verdi for pasientene").FillAsync("Tryggere første døgn hjemme");
        await fac.GetByRole(AriaRole.Button, new() { Name = "Velg", Exact = true }).ClickAsync();
        await Assertions.Expect(Card(ansatt, call).GetByTestId("card-chosen")).ToContainTextAsync("Tryggere første døgn hjemme"); // live
        await facilitator.AssertAccessibleAsync("the voting closed with a chosen card");
        await facilitator.ScreenshotAsync("42-meeting-voting-closed");

        // A learning and an action item, captured as the meeting goes.
        var learning = fac.GetByTestId("meeting-learnings").GetByTestId("add-learning");
        await learning.GetByLabel("Lærdom").FillAsync("Én telefon dagen etter gir færre reinnleggelser");
        await learning.GetByLabel(new Regex("^Stikkord")).FillAsync("utskrivning, oppfølging");
        await learning.GetByRole(AriaRole.Button, new() { Name = "Legg inn lærdommen" }).ClickAsync();
        await Assertions.Expect(ansatt.GetByTestId("meeting-learnings").GetByTestId("learning")).ToContainTextAsync("Én telefon dagen etter"); // live
        var item = fac.GetByTestId("add-action-item");
        await item.GetByLabel("Hva").FillAsync("Lage mal for oppfølgingssamtalen " + title);
        await item.GetByLabel("Hvem").SelectOptionAsync(new SelectOptionValue { Label = staffName });
        await item.GetByRole(AriaRole.Button, new() { Name = "Legg til" }).ClickAsync();
        await Assertions.Expect(fac.GetByTestId("meeting-action-items").GetByTestId("action-item")).ToContainTextAsync("Lage mal for oppfølgingssamtalen");

        Assert.True(await ansatt.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The staff member's page was reloaded.");
        Assert.True(await leder.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The leader's page was reloaded.");

        // Close the meeting, and download the minutes.
        await fac.GetByRole(AriaRole.Button, new() { Name = "Lukk samlingen" }).ClickAsync();
        await Assertions.Expect(fac.GetByTestId("meeting-state")).ToHaveTextAsync("Lukket");
        var download = await fac.RunAndWaitForDownloadAsync(() => fac.GetByTestId("minutes-md").ClickAsync());
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(title, markdown);
        Assert.Contains("Lage mal for oppfølgingssamtalen", markdown);
        var html = await fac.Context.APIRequest.GetAsync(await fac.GetByTestId("minutes-html").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, html.Status);
        Assert.Contains(title, await html.TextAsync());
        await facilitator.AssertAccessibleAsync("the closed meeting");
        await facilitator.ScreenshotAsync("43-meeting-closed");

        // Staff find the action item among their own, from the header, and tick it off.
        await ansatt.GetByRole(AriaRole.Link, new() { Name = "Mine oppfølgingspunkter" }).ClickAsync();
        var box = ansatt.GetByRole(AriaRole.Checkbox, new() { Name = "Lage mal for oppfølgingssamtalen " + title });
        await Assertions.Expect(box).Not.ToBeCheckedAsync();
        await staff.AssertAccessibleAsync("my action items");
        await box.CheckAsync();
        await Assertions.Expect(box).ToBeEnabledAsync(); // disabled while the tick is saved
        await ansatt.ReloadAsync();
        await Assertions.Expect(ansatt.GetByRole(AriaRole.Checkbox, new() { Name = "Lage mal for oppfølgingssamtalen " + title })).ToBeCheckedAsync();
        await staff.ScreenshotAsync("44-my-action-items");

        Assert.Empty(facilitator.UnexpectedProblems());
        Assert.Empty(staff.UnexpectedProblems());
        Assert.Empty(leader.UnexpectedProblems("423")); // a sign-in refused while locked
    }

    [Fact]
    public async Task A_service_writes_its_status_report_on_a_phone_and_a_stale_save_is_refused_with_a_way_out()
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var title = "Samling for rapport " + Guid.NewGuid().ToString("N")[..6];
        var meetingId = await CreateMeetingAsync(facilitator.Page, title, DateTimeOffset.Now.AddDays(14));

        await using var leader = await app.NewPageAsync(width: 360, height: 740);
        var leder = leader.Page;
        await leader.SignInWaitingOutLockAsync(UiApp.Leader);
        await leder.GotoAsync($"/samling/{meetingId}");
        await leder.GetByTestId("write-report").First.ClickAsync();
        await Assertions.Expect(leder.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Statusrapport: ") })).ToBeVisibleAsync();
        await Assertions.Expect(leder.GetByTestId("report-status")).ToHaveTextAsync("Ikke påbegynt");
        var reportUrl = new Uri(leder.Url).AbsolutePath;

        await leder.GetByLabel("Hva vi har testet siden sist").FillAsync("Sjekkliste ved utskrivning på to avdelinger");
        await leder.GetByLabel("Hva dataene viser").FillAsync("Pasient " + NationalId + " fikk ikke sjekklisten");
        await leder.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(leder.GetByLabel("Hva dataene viser")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(leder.Locator("#report-dataShows-errors")).ToContainTextAsync("fødselsnummer");
        await leader.AssertAccessibleAsync("the status report with an error");

        await leder.GetByLabel("Hva dataene viser").FillAsync("Andelen med sjekkliste øker, men ikke signal ennå");
        await leder.GetByLabel("Hva vi har lært").FillAsync("Sjekklisten må ligge i journalen, ikke på papir");
        await leder.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(leder.GetByTestId("report-saved")).ToContainTextAsync("Utkastet er lagret");
        await Assertions.Expect(leder.GetByTestId("report-status")).ToHaveTextAsync("Utkast, ikke levert");

        // A colleague saves meanwhile; the leader's next save is refused, and reloading shows theirs.
        await using var staff = await app.NewPageAsync();
        await staff.SignInAsync(UiApp.Staff);
        await staff.Page.GotoAsync(reportUrl);
        await staff.Page.GetByLabel("Neste steg").FillAsync("Spre til tredje avdeling");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(staff.Page.GetByTestId("report-saved")).ToBeVisibleAsync();

        await leder.GetByLabel("Hva vi trenger hjelp til").FillAsync("Tilgang til fagsystemet");
        await leder.GetByRole(AriaRole.Button, new() { Name = "Send inn" }).ClickAsync();
        await Assertions.Expect(leder.GetByTestId("report-conflict")).ToContainTextAsync("Noen andre har lagret rapporten");
        await leader.AssertAccessibleAsync("the status report after a conflict");
        await leader.ScreenshotAsync("45-status-report-conflict-360");
        await leder.GetByRole(AriaRole.Button, new() { Name = "Last inn nyeste versjon" }).ClickAsync();
        await Assertions.Expect(leder.GetByLabel("Neste steg")).ToHaveValueAsync("Spre til tredje avdeling");
        await leder.GetByLabel("Hva vi trenger hjelp til").FillAsync("Tilgang til fagsystemet");
        await leder.GetByRole(AriaRole.Button, new() { Name = "Send inn" }).ClickAsync();
        await Assertions.Expect(leder.GetByTestId("report-status")).ToHaveTextAsync("Levert i tide");
        Assert.True(await leder.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The report form scrolls sideways at 360 px.");
        await leader.ScreenshotAsync("46-status-report-submitted-360");

        // The facilitator sees it beside the others, and which services have not reported.
        var fac = facilitator.Page;
        await fac.GotoAsync($"/samling/{meetingId}");
        var report = fac.GetByTestId("report");
        await Assertions.Expect(report).ToHaveCountAsync(1);
        await Assertions.Expect(report).ToContainTextAsync("Sjekklisten må ligge i journalen");
        await Assertions.Expect(fac.GetByTestId("missing-reports")).ToBeVisibleAsync();
        Assert.DoesNotContain(await report.Locator("h3").InnerTextAsync(), await fac.GetByTestId("missing-reports").InnerTextAsync());
        await facilitator.AssertAccessibleAsync("the meeting with a status report");
        Assert.Empty(leader.UnexpectedProblems("423")); // a sign-in refused while locked
    }

    [Fact]
    public async Task Learnings_are_added_and_searched_in_the_library_in_english()
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var title = "Learning meeting " + Guid.NewGuid().ToString("N")[..6];
        await CreateMeetingAsync(facilitator.Page, title, DateTimeOffset.Now.AddDays(3));

        await using var staff = await app.NewPageAsync(width: 360, height: 740);
        var page = staff.Page;
        await staff.SignInAsync(UiApp.Staff);
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Learnings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Learnings", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("learning-results").Or(page.GetByTestId("no-learnings"))).ToBeVisibleAsync();

        var word = "kveldsvakt" + Guid.NewGuid().ToString("N")[..4];
        var form = page.GetByTestId("add-learning");
        await page.GetByLabel("From the meeting").SelectOptionAsync(new SelectOptionValue { Label = title });
        await form.GetByLabel("Learning", new() { Exact = true }).FillAsync("Patient " + NationalId + " was called");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the learning" }).ClickAsync();
        await Assertions.Expect(form.Locator(".field-error")).ToContainTextAsync("national identity number");
        await Assertions.Expect(form.GetByLabel("Learning", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");

        await form.GetByLabel("Learning", new() { Exact = true }).FillAsync($"The {word} calls every patient sent home that day");
        await form.GetByLabel(new Regex("^Tags")).FillAsync("follow-up, transitions");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the learning" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("learning-results").GetByTestId("learning").First).ToContainTextAsync(word);

        await page.GetByLabel("Search for words").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var found = page.GetByTestId("learning-results").GetByTestId("learning");
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found.GetByRole(AriaRole.Link, new() { Name = "from the meeting " + title })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync("the learning library in English");
        await staff.ScreenshotAsync("47-learnings-en-360");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The library scrolls sideways at 360 px.");

        await page.GetByLabel(new Regex("^Tags")).First.FillAsync("no-such-tag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-learnings")).ToHaveTextAsync("No learnings match the search.");

        // Back to the meeting it came from.
        await page.GetByLabel(new Regex("^Tags")).First.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await found.GetByRole(AriaRole.Link, new() { Name = "from the meeting " + title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("meeting-learnings")).ToContainTextAsync(word);
        await staff.AssertAccessibleAsync("a meeting in English");

        // Its author rewords it (a national identity number is refused at the field), then deletes it.
        var mine = page.GetByTestId("meeting-learnings").GetByTestId("learning").Filter(new() { HasText = word });
        await mine.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        var editing = page.GetByTestId("meeting-learnings").GetByTestId("learning").Filter(new() { Has = page.Locator("form") });
        await editing.GetByLabel("Learning", new() { Exact = true }).FillAsync("Patient " + NationalId + " again");
        await editing.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(editing.GetByLabel("Learning", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await editing.GetByLabel("Learning", new() { Exact = true }).FillAsync($"The {word} calls every patient sent home, before noon");
        await editing.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(mine.Locator("p.text")).ToHaveTextAsync($"The {word} calls every patient sent home, before noon");
        await staff.AssertAccessibleAsync("a learning reworded");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("learning-deleted")).ToHaveTextAsync("The learning is deleted.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learnings" }).First.ClickAsync();
        await page.GetByLabel("Search for words").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-learnings")).ToBeVisibleAsync();

        // Someone else in the network may read it but not change it.
        await using var reader = await app.NewPageAsync();
        await reader.SignInAsync(UiApp.Reader);
        await reader.Page.GotoAsync("/laerdommer");
        await Assertions.Expect(reader.Page.GetByTestId("learning-results").Or(reader.Page.GetByTestId("no-learnings"))).ToBeVisibleAsync();
        await Assertions.Expect(reader.Page.GetByRole(AriaRole.Button, new() { Name = "Endre" })).ToHaveCountAsync(0);
        Assert.Empty(staff.UnexpectedProblems());
        Assert.Empty(reader.UnexpectedProblems());
    }

    private static ILocator Card(IPage page, string title) =>
        page.GetByTestId("insight-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    private static async Task ExpectLiveAsync(IPage page) =>
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToHaveAttributeAsync("data-state", "live");

    private static async Task ProposeAsync(IPage page, string title)
    {
        var form = page.GetByTestId("propose-card");
        await form.GetByLabel("Innsikt (kort tittel)").FillAsync(title);
        await form.GetByRole(AriaRole.Button, new() { Name = "Legg inn kortet" }).ClickAsync();
    }

    /// <summary>Plans a meeting in the demo network through the API, as the signed-in facilitator; returns its id.</summary>
    internal static async Task<string> CreateMeetingAsync(IPage page, string title, DateTimeOffset startsAt) =>
        await page.EvaluateAsync<string>(@"async ([title, startsAt]) => {
            const post = async (query, variables) => {
                const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
                return (await response.json()).data;
            };
            const network = (await post('{ networks { id name } }')).networks.find(n => n.name.includes('Gode overganger'));
            const created = await post('mutation($i: MeetingInput!) { createMeeting(input: $i) { meeting { id } errors { code field } } }',
                { i: { networkId: network.id, title, startsAt } });
            if (!created.createMeeting.meeting) throw new Error(JSON.stringify(created.createMeeting.errors));
            return created.createMeeting.meeting.id;
        }", new object[] { title, startsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz") });
}
