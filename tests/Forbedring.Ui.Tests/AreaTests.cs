using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// The improvement area screen through the demo network: a leader edits the aim and the driver
/// diagram, a stale save is refused with a clear message, patient data is refused at its field, and
/// a reader is offered nothing to change.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AreaTests(UiApp app)
{
    [Fact]
    public async Task A_leader_edits_the_aim_and_the_driver_diagram()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Leader);
        await DemoScreens.OpenAreaAsync(page);

        // Everything the area has: aim, timeline, drawn driver diagram, ramps of cycles, charts, scores.
        await Assertions.Expect(page.GetByTestId("aim-text")).ToContainTextAsync("90 %");
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("driver-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("pdsa-chain").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("area-measure")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("area-measure").First.GetByTestId("chart-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("rating-history")).ToContainTextAsync("Fasilitatorens vurdering");
        await ui.AssertAccessibleAsync("the improvement area");
        await ui.ScreenshotAsync("40-area");

        // The aim: a national identity number is refused at its field, in words, and nothing is saved.
        await page.GetByTestId("edit-aim").ClickAsync();
        var aim = page.GetByLabel("Målformulering");
        await Assertions.Expect(page.Locator("#aim-text-privacy")).ToContainTextAsync("Ikke skriv pasientopplysninger");
        await aim.FillAsync($"Innen 31.12.2020 skal 90 % ha samtale (gjelder {DemoScreens.Fnr}).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(aim).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#aim-text-errors")).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the aim form with an error");
        await ui.ScreenshotAsync("41-area-aim-error");

        await aim.FillAsync("Innen 31.12.2020 skal 90 % av utskrivningene ha strukturert samtale og legemiddelliste sendt samme dag (revidert).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("aim-text")).ToContainTextAsync("(revidert)");
        await Assertions.Expect(page.GetByTestId("aim-form")).ToHaveCountAsync(0);

        // The driver diagram, edited as a nested list with the keyboard alone.
        await page.GetByTestId("edit-drivers").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("driver-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#driver-add-primary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var added = page.GetByTestId("driver-edit-node").Last.GetByRole(AriaRole.Textbox);
        await Assertions.Expect(added).ToBeFocusedAsync();
        // An empty item is pointed out before anything is sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre driverdiagrammet" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Skriv en tekst, eller fjern punktet.")).ToBeVisibleAsync();
        await Assertions.Expect(added).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Ledelsen følger opp hver uke");
        await ui.AssertAccessibleAsync("the driver diagram editor");
        await ui.ScreenshotAsync("42-area-driver-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre driverdiagrammet" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("driver-list")).ToContainTextAsync("Ledelsen følger opp hver uke");
        await Assertions.Expect(page.GetByTestId("driver-svg")).ToContainTextAsync("Ledelsen følger opp");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_change_is_refused_and_says_so()
    {
        await using var first = await app.NewPageAsync();
        await using var second = await app.NewPageAsync();
        await first.SignInAsync(UiApp.Leader);
        await second.SignInAsync(UiApp.Leader);
        await DemoScreens.OpenAreaAsync(first.Page);
        await DemoScreens.OpenAreaAsync(second.Page);

        await first.Page.GetByTestId("edit-aim").ClickAsync();
        await second.Page.GetByTestId("edit-aim").ClickAsync();
        await first.Page.GetByLabel("Hvor mye").FillAsync("fra om lag 40 % til 90 % av utskrivningene");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(first.Page.GetByTestId("aim-form")).ToHaveCountAsync(0);

        await second.Page.GetByLabel("Hvor mye").FillAsync("fra 40 % til 95 %");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        var problem = second.Page.GetByTestId("save-errors");
        await Assertions.Expect(problem).ToContainTextAsync("Noen andre har lagret endringer etter at du åpnet dette.");
        await second.AssertAccessibleAsync("a refused stale save");
        await second.ScreenshotAsync("43-area-conflict");

        // Loading the new version shows the other person's change in the form.
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Last inn den nye versjonen" }).ClickAsync();
        await Assertions.Expect(second.Page.GetByLabel("Hvor mye")).ToHaveValueAsync("fra om lag 40 % til 90 % av utskrivningene");
        await Assertions.Expect(problem).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reader_sees_the_area_the_measure_and_a_cycle_without_anything_to_change()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Reader);
        await DemoScreens.OpenAreaAsync(page);
        await Assertions.Expect(page.GetByTestId("driver-svg")).ToBeVisibleAsync();
        foreach (var id in new[] { "edit-aim", "edit-drivers", "start-pdsa", "status-form", "rating-form" })
            await Assertions.Expect(page.GetByTestId(id)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Legg til") })).ToHaveCountAsync(0);
        await ui.AssertAccessibleAsync("the area for a reader");

        await page.GetByTestId("pdsa-chain").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("pdsa-status")).ToHaveTextAsync("Fullført");
        await Assertions.Expect(page.GetByText("Du kan lese sirkelen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(2); // the language switch and sign-out
        await ui.AssertAccessibleAsync("a PDSA cycle for a reader");

        await page.GoBackAsync();
        await page.GetByTestId("area-measure").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chart-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("measure-log")).ToHaveCountAsync(0);
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task The_facilitator_rates_the_teams_progress_and_it_joins_the_history()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Facilitator);
        await DemoScreens.OpenAreaAsync(page);

        // A facilitator rates as the facilitator only, and edits nothing of the service's own work.
        var form = page.GetByTestId("rating-form");
        await Assertions.Expect(form).ToContainTextAsync("Du vurderer som: Fasilitatorens vurdering.");
        await Assertions.Expect(page.GetByTestId("edit-aim")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("start-pdsa")).ToHaveCountAsync(0);

        await form.GetByLabel("Vurdering (1–5)").SelectOptionAsync(new SelectOptionValue { Label = "5,0" });
        await form.GetByLabel("Begrunnelse").FillAsync("Varig endring, spredt til to tjenester.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre vurderingen" }).ClickAsync();
        await Assertions.Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("5,0");
        await Assertions.Expect(page.GetByTestId("latest-FACILITATOR")).ToHaveTextAsync("5,0");
        await Assertions.Expect(page.GetByTestId("rating-history").Locator("tbody tr").First).ToContainTextAsync("Varig endring, spredt til to tjenester.");
        await ui.AssertAccessibleAsync("the area after a facilitator's score");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_leader_moves_the_status_a_step_back_and_forth_and_adds_a_milestone()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Leader);
        await DemoScreens.OpenAreaAsync(page);
        var status = page.GetByTestId("area-status");
        await Assertions.Expect(status).ToHaveTextAsync("Vedlikehold");

        // Only the steps the rules allow are offered.
        var next = page.GetByLabel("Ny status");
        await Assertions.Expect(next.Locator("option:not([disabled])")).ToHaveTextAsync(["Innføring", "Avsluttet", "Stanset", "Avbrutt"]);
        await next.SelectOptionAsync(new SelectOptionValue { Label = "Innføring" });
        await page.GetByLabel("Merknad").First.FillAsync("Rutinen må innføres på nytt etter omorganisering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Endre status" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Innføring");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Vedlikehold → Innføring");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Rutinen må innføres på nytt");
        await next.SelectOptionAsync(new SelectOptionValue { Label = "Vedlikehold" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Endre status" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Vedlikehold");

        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til milepæl" }).ClickAsync();
        await page.GetByLabel("Milepæl", new() { Exact = true }).FillAsync("Ny opplæring av alle vakter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Milepæl: Ny opplæring av alle vakter");
        await ui.AssertAccessibleAsync("the area after a status change and a milestone");
        Assert.Empty(ui.UnexpectedProblems());
    }
}
