using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// A service gets started from the UI alone ("noen kom aldri helt i gang" is what this prevents): its
/// leader chooses an improvement area (blank, or from the network's template), writes the aim,
/// defines a measure, logs its first value and sees it on the chart; edits a change idea and shares
/// what a PDSA cycle taught, which the network then finds among its learnings. Refused input stays
/// in the form with the error at its field. Staff, readers and the facilitator are offered none of it.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class GettingStartedTests(UiApp app)
{
    [Fact]
    public async Task A_leader_chooses_an_area_writes_the_aim_defines_a_measure_and_sees_its_first_value_on_the_chart()
    {
        var service = await StartingService.CreateAsync(app, "blank");
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await service.SignInLeaderAsync(ui);
        await page.GotoAsync($"/tjeneste/{service.ServiceId}");
        await Assertions.Expect(page.GetByText("Ingen forbedringsområder valgt.")).ToBeVisibleAsync();

        // The area: the only network is named, the focus area offered; an empty title is refused at its field.
        await page.GetByTestId("choose-area").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Velg forbedringsområde for {service.ServiceName}" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("area-network")).ToHaveTextAsync($"Området hører til {service.NetworkName}.");
        await Assertions.Expect(page.Locator("#area-problem-privacy")).ToContainTextAsync("Ikke skriv pasientopplysninger");
        await ui.AssertAccessibleAsync("choosing an improvement area");
        await ui.ScreenshotAsync("80-area-new");
        var problem = "Pasientene kommer hjem uten oppdatert legemiddelliste.";
        await page.GetByLabel(new Regex("^Problemet")).FillAsync(problem);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett forbedringsområdet" }).ClickAsync();
        var title = page.GetByLabel("Tittel");
        await Assertions.Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(title).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#area-title-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel(new Regex("^Problemet"))).ToHaveValueAsync(problem);
        await ui.AssertAccessibleAsync("choosing an area with an error");

        await title.FillAsync("Trygg utskrivning");
        await page.GetByLabel(new Regex("^Innsatsområde")).SelectOptionAsync(new SelectOptionValue { Label = service.FocusAreaName });
        await page.GetByLabel(new Regex("^Hvor mye")).FillAsync("fra 40 % til 90 %");
        await page.GetByLabel(new Regex("^Innen")).FillAsync("2027-06-30");
        await page.GetByLabel(new Regex("^Målformulering")).FillAsync("Innen 30.06.2027 skal 90 % av utskrivningene ha legemiddelliste sendt samme dag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett forbedringsområdet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Trygg utskrivning" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("aim-text")).ToContainTextAsync("90 % av utskrivningene");
        await Assertions.Expect(page.GetByTestId("area-problem")).ToContainTextAsync(problem);

        // The measure: a target that is not a number, then an empty name, are refused at their fields; the rest stays.
        await page.GetByTestId("new-measure").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Ny måling" })).ToBeFocusedAsync();
        await ui.AssertAccessibleAsync("defining a measure");
        var definition = "Alle utskrivninger fra korttidsavdelingen; ikke overflyttinger.";
        await page.GetByLabel(new Regex("^Operasjonell definisjon")).FillAsync(definition);
        await page.GetByLabel(new Regex("^Teller")).FillAsync("Utskrivninger med legemiddelliste sendt samme dag");
        await page.GetByLabel(new Regex("^Nevner")).FillAsync("Alle utskrivninger");
        var target = page.GetByLabel(new Regex("^Målverdi"));
        await target.FillAsync("nitti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett målingen" }).ClickAsync();
        await Assertions.Expect(target).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#measure-target-errors")).ToHaveTextAsync("Skriv et tall, for eksempel 90 eller 92,5.");
        await target.FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett målingen" }).ClickAsync();
        var name = page.GetByLabel("Navn på målingen");
        await Assertions.Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(name).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#measure-name-errors")).ToBeVisibleAsync();
        await Assertions.Expect(target).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel(new Regex("^Operasjonell definisjon"))).ToHaveValueAsync(definition);
        await Assertions.Expect(target).ToHaveValueAsync("90");
        await ui.AssertAccessibleAsync("a measure with an error");
        await ui.ScreenshotAsync("81-measure-new-error");

        const string measureName = "Legemiddelliste samme dag";
        await name.FillAsync(measureName);
        await page.GetByLabel("Hver måned").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett målingen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = measureName })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Prosessmål · månedlig · høyere er bedre · mål 90 %")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-chart")).ToBeVisibleAsync();

        // The first value, from the logging screen, and the chart it makes.
        await page.GetByTestId("measure-log").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrer måling", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Teller").FillAsync("7");
        await page.GetByLabel("Nevner").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("log-saved")).ToContainTextAsync("Lagret:");
        await page.GoBackAsync();
        await page.ReloadAsync();
        var chart = page.GetByTestId("chart-svg");
        await Assertions.Expect(chart).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(chart).ToHaveAttributeAsync("aria-label", new Regex(" 1 punkter"));
        await Assertions.Expect(page.GetByTestId("chart-table")).ToContainTextAsync("70");
        await Assertions.Expect(page.GetByTestId("target-line")).ToHaveCountAsync(1);

        // Editing the definition now that the series has a point: the frequency and value shape stay, and it says why.
        await page.GetByTestId("edit-measure").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Endre målingen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("measure-locked")).ToContainTextAsync("Målingen har punkter");
        await Assertions.Expect(page.GetByTestId("measure-frequency-fixed")).ToContainTextAsync("Hver måned");
        await Assertions.Expect(page.Locator("#measure-dataKind input[type=radio]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByLabel(new Regex("^Andel"))).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel(new Regex("^Målverdi"))).ToHaveValueAsync("90");
        await ui.AssertAccessibleAsync("editing a measure with points");
        await ui.ScreenshotAsync("82-measure-edit-locked");
        await page.GetByLabel(new Regex("^Målverdi")).FillAsync("92,5");
        await page.GetByLabel(new Regex("^Kilde")).FillAsync("Utskrivningssjekklisten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = measureName })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Prosessmål · månedlig · høyere er bedre · mål 92,5 %")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Utskrivningssjekklisten")).ToBeVisibleAsync();
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_leader_in_two_networks_starts_from_one_networks_template_and_gets_its_aim_and_measures()
    {
        var service = await StartingService.CreateAsync(app, "template");
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin); // the network's facilitator, who made it
        await StartingService.MutateAsync(admin.Page.Context.APIRequest, "createAreaTemplate", "AreaTemplateInput", "areaTemplate", "id", new
        {
            networkId = service.NetworkId,
            title = "Færre fall",
            problem = "Fall gir brudd og tap av funksjon.",
            aim = new { what = "Fall med skade", howMuch = "halvere", text = "Innen ett år skal fall med skade halveres." },
            measures = new object[]
            {
                new { name = "Fall per 1000 liggedøgn", kind = "OUTCOME", dataKind = "RATE", frequency = "MONTH", better = "DOWN" },
                new { name = "Fallrisiko vurdert ved innkomst", kind = "PROCESS", dataKind = "PROPORTION", frequency = "WEEK", better = "UP", target = 95.0 },
            },
        });

        var otherNetwork = await service.JoinAnotherNetworkAsync(app);

        await using var ui = await app.NewPageAsync(width: 360, height: 780);
        var page = ui.Page;
        await service.SignInLeaderAsync(ui);
        await page.GotoAsync($"/tjeneste/{service.ServiceId}");
        await page.GetByTestId("choose-area").ClickAsync();
        await page.GetByLabel(new Regex("^Problemet")).FillAsync("Vår egen beskrivelse");

        // In two networks, the network is chosen first; each offers its own templates and focus areas.
        var network = page.GetByLabel("Nettverk", new() { Exact = true });
        await network.SelectOptionAsync(new SelectOptionValue { Label = otherNetwork });
        await Assertions.Expect(page.GetByLabel("Tiltakspakke: Færre fall")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel(new Regex("^Innsatsområde"))).ToHaveCountAsync(0);
        await network.SelectOptionAsync(new SelectOptionValue { Label = service.NetworkName });
        await page.GetByLabel("Tiltakspakke: Færre fall").CheckAsync();
        await Assertions.Expect(page.GetByTestId("template-measures")).ToHaveTextAsync("Disse målingene følger med: Fall per 1000 liggedøgn, Fallrisiko vurdert ved innkomst.");
        await Assertions.Expect(page.GetByLabel("Tittel")).ToHaveValueAsync("Færre fall");
        await Assertions.Expect(page.GetByLabel(new Regex("^Målformulering"))).ToHaveValueAsync("Innen ett år skal fall med skade halveres.");
        await Assertions.Expect(page.GetByLabel(new Regex("^Problemet"))).ToHaveValueAsync("Vår egen beskrivelse"); // what was typed stays
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "Choosing an area at 360 px");
        await ui.AssertAccessibleAsync("choosing an area from a template");
        await ui.ScreenshotAsync("83-area-from-template-360");

        // Back to the other network: what the template filled in goes with it, what was typed stays.
        await network.SelectOptionAsync(new SelectOptionValue { Label = otherNetwork });
        await Assertions.Expect(page.GetByLabel("Tittel")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel(new Regex("^Problemet"))).ToHaveValueAsync("Vår egen beskrivelse");
        await network.SelectOptionAsync(new SelectOptionValue { Label = service.NetworkName });
        await page.GetByLabel("Tiltakspakke: Færre fall").CheckAsync();
        await page.GetByLabel("Tittel").FillAsync("Færre fall på natt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett forbedringsområdet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Færre fall på natt" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("aim-text")).ToHaveTextAsync("Innen ett år skal fall med skade halveres.");
        await Assertions.Expect(page.GetByTestId("area-problem")).ToHaveTextAsync("Vår egen beskrivelse");
        await Assertions.Expect(page.GetByTestId("area-measure")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("area-measure").First).ToContainTextAsync("Fall per 1000 liggedøgn");

        // The copied measure has no points yet, so everything about it may still change.
        await page.GetByTestId("area-measure").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByTestId("edit-measure").ClickAsync();
        await Assertions.Expect(page.GetByTestId("measure-locked")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#measure-dataKind input[type=radio]")).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByLabel(new Regex("^Rate"))).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Hver måned")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel(new Regex("^Lavere er bedre"))).ToBeCheckedAsync();
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "Editing a measure at 360 px");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_leader_edits_a_change_idea_and_shares_what_a_cycle_taught_with_the_network()
    {
        var service = await StartingService.CreateAsync(app, "learning");
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await service.SignInLeaderAsync(ui);
        var api = page.Context.APIRequest;
        var areaId = (await StartingService.MutateAsync(api, "createImprovementArea", "CreateImprovementAreaInput", "improvementArea", "id", new
        {
            networkId = service.NetworkId, serviceId = service.ServiceId, title = "Trygg utskrivning",
        })).GetProperty("id").GetString()!;
        var ideaId = (await StartingService.MutateAsync(api, "addChangeIdea", "AddChangeIdeaInput", "improvementArea", "changeIdeas { id }", new
        {
            areaId, title = "Samtale før hjemreise",
        })).GetProperty("changeIdeas")[0].GetProperty("id").GetString()!;

        // The change idea, edited where it is listed; an empty title is refused at its field and the description kept.
        await page.GotoAsync($"/omrade/{areaId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Endre endringsideen «Samtale før hjemreise»" }).ClickAsync();
        var ideaTitle = page.GetByLabel("Endringsidé", new() { Exact = true });
        await Assertions.Expect(ideaTitle).ToBeFocusedAsync();
        await ideaTitle.FillAsync("");
        await page.GetByLabel(new Regex("^Beskrivelse")).FillAsync("Sykepleier og pasient går gjennom listen sammen.");
        await page.GetByTestId("idea-edit-form").GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(ideaTitle).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#idea-edit-title-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel(new Regex("^Beskrivelse"))).ToHaveValueAsync("Sykepleier og pasient går gjennom listen sammen.");
        await ui.AssertAccessibleAsync("editing a change idea with an error");
        await ideaTitle.FillAsync("Utskrivningssamtale med sjekkliste");
        await page.GetByTestId("idea-edit-form").GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        var idea = page.GetByTestId("change-idea");
        await Assertions.Expect(idea).ToContainTextAsync("Utskrivningssamtale med sjekkliste");
        await Assertions.Expect(idea).ToContainTextAsync("Sykepleier og pasient går gjennom listen sammen.");
        await Assertions.Expect(idea.GetByRole(AriaRole.Status)).ToHaveTextAsync("Endringsideen er lagret.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Endre endringsideen «Utskrivningssamtale med sjekkliste»" })).ToBeFocusedAsync();

        // A cycle with its Study written; the learning is shared from the cycle.
        var cycle = await StartingService.MutateAsync(api, "startPdsaCycle", "StartPdsaCycleInput", "pdsaCycle", "id version", new
        {
            areaId, changeIdeaId = ideaId, plan = new { objective = "Prøve samtalen på én avdeling", predictions = "8 av 10 får samtalen" },
        });
        var cycleId = cycle.GetProperty("id").GetString()!;
        var version = (await StartingService.MutateAsync(api, "updatePdsaCycle", "UpdatePdsaCycleInput", "pdsaCycle", "version", new
        {
            id = cycleId, expectedVersion = cycle.GetProperty("version").GetInt32(), @do = new { startDate = "2026-01-05", endDate = "2026-01-30" },
        })).GetProperty("version").GetInt32();
        var learned = "Samtalen fungerer best når legemiddellisten er skrevet ut på forhånd.";
        await StartingService.MutateAsync(api, "updatePdsaCycle", "UpdatePdsaCycleInput", "pdsaCycle", "id", new
        {
            id = cycleId, expectedVersion = version, study = new { results = "9 av 10 fikk samtalen", learned },
        });

        await page.GotoAsync($"/pdsa/{cycleId}");
        var share = page.GetByTestId("share-learning");
        await Assertions.Expect(share.GetByRole(AriaRole.Heading, new() { Name = "Del læringen med nettverket" })).ToBeVisibleAsync();
        var text = share.GetByLabel("Lærdom", new() { Exact = true });
        await Assertions.Expect(text).ToHaveValueAsync(learned);
        await text.FillAsync($"Gjelder {DemoScreens.Fnr}");
        await share.GetByLabel(new Regex("^Stikkord")).FillAsync("utskrivning, legemidler");
        await share.GetByRole(AriaRole.Button, new() { Name = "Del i nettverket" }).ClickAsync();
        await Assertions.Expect(text).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#share-text-errors")).ToContainTextAsync("fødselsnummer");
        await Assertions.Expect(share.GetByLabel(new Regex("^Stikkord"))).ToHaveValueAsync("utskrivning, legemidler");
        await ui.AssertAccessibleAsync("sharing a learning with an error");
        await text.FillAsync(learned);
        await share.GetByRole(AriaRole.Button, new() { Name = "Del i nettverket" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("learning-shared")).ToContainTextAsync("Lærdommen er delt i nettverket.");
        await ui.AssertAccessibleAsync("a learning shared from a cycle");
        await ui.ScreenshotAsync("84-pdsa-learning-shared");

        await page.GetByRole(AriaRole.Link, new() { Name = "Se lærdommene i nettverket" }).ClickAsync();
        var found = page.GetByTestId("learning").Filter(new() { HasText = learned });
        await Assertions.Expect(found).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(found).ToContainTextAsync("fra PDSA-sirkelen «Prøve samtalen på én avdeling»");
        await Assertions.Expect(found).ToContainTextAsync("legemidler");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_measure_edited_by_someone_else_meanwhile_is_not_overwritten_and_the_new_version_loads()
    {
        var service = await StartingService.CreateAsync(app, "conflict");
        await using var first = await app.NewPageAsync();
        await using var second = await app.NewPageAsync();
        await service.SignInLeaderAsync(first);
        await service.SignInLeaderAsync(second);
        var api = first.Page.Context.APIRequest;
        var areaId = (await StartingService.MutateAsync(api, "createImprovementArea", "CreateImprovementAreaInput", "improvementArea", "id", new
        {
            networkId = service.NetworkId, serviceId = service.ServiceId, title = "Færre fall",
        })).GetProperty("id").GetString()!;
        var measureId = (await StartingService.MutateAsync(api, "createMeasure", "CreateMeasureInput", "measure", "id", new
        {
            areaId, definition = new { name = "Fall", kind = "OUTCOME", dataKind = "COUNT", frequency = "MONTH", better = "DOWN" },
        })).GetProperty("id").GetString()!;

        await first.Page.GotoAsync($"/maling/{measureId}/endre");
        await second.Page.GotoAsync($"/maling/{measureId}/endre");
        await first.Page.GetByLabel(new Regex("^Enhet")).FillAsync("fall");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();
        await Assertions.Expect(first.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Fall" })).ToBeVisibleAsync();

        await second.Page.GetByLabel(new Regex("^Kilde")).FillAsync("Avvikssystemet");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();
        await Assertions.Expect(second.Page.GetByTestId("save-errors")).ToContainTextAsync("Noen andre har lagret endringer etter at du åpnet dette.");
        await Assertions.Expect(second.Page.GetByLabel(new Regex("^Kilde"))).ToHaveValueAsync("Avvikssystemet");
        await second.AssertAccessibleAsync("a refused stale measure edit");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Last inn den nye versjonen" }).ClickAsync();
        await Assertions.Expect(second.Page.GetByLabel(new Regex("^Enhet"))).ToHaveValueAsync("fall");
        await Assertions.Expect(second.Page.GetByTestId("save-errors")).ToHaveCountAsync(0);
        Assert.Empty(second.UnexpectedProblems());
    }

    [Theory]
    [InlineData(UiApp.Staff)]
    [InlineData(UiApp.Reader)]
    [InlineData(UiApp.Facilitator)]
    public async Task Only_the_services_leader_is_offered_to_start_or_change_its_work(string email)
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(email);
        await DemoScreens.OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Service, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("service-area").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("choose-area")).ToHaveCountAsync(0);
        var serviceUrl = new Uri(page.Url).AbsolutePath;

        await page.GetByTestId("service-area").GetByRole(AriaRole.Link, new() { Name = DemoScreens.Area }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("area-measure").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("change-idea").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("new-measure")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("edit-idea")).ToHaveCountAsync(0);
        var areaUrl = new Uri(page.Url).AbsolutePath;

        // A completed cycle with a Study: only the service's members and the facilitators may share its learning.
        await page.GetByTestId("pdsa-chain").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("pdsa-status")).ToHaveTextAsync("Fullført");
        await Assertions.Expect(page.GetByTestId("share-learning")).ToHaveCountAsync(email == UiApp.Reader ? 0 : 1);

        await page.GoBackAsync();
        await page.GetByTestId("area-measure").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chart-svg")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("edit-measure")).ToHaveCountAsync(0);
        var measureUrl = new Uri(page.Url).AbsolutePath;

        // By address the forms say who may use them, and offer nothing to fill in.
        foreach (var (path, message) in new[]
        {
            (serviceUrl + "/nytt-omrade", "Bare en leder i tjenesten kan velge forbedringsområde."),
            (areaUrl + "/ny-maling", "Bare en leder i tjenesten kan definere og endre målinger."),
            (measureUrl + "/endre", "Bare en leder i tjenesten kan definere og endre målinger."),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByText(message)).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
            await ui.AssertAccessibleAsync($"{path} for {email}");
        }
        Assert.Empty(ui.UnexpectedProblems());
    }
}
