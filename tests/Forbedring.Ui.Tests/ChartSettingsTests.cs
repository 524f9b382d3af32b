using System.Text.Json;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// Setting up and annotating a measure's chart on the measure page: a leader changes the chart type,
/// rule set, baseline freeze and phases (also from a chosen point) and sees the chart follow, also past
/// a save refused as someone else's newer version; staff comment on a point and exclude it with a
/// reason, then include it again, and see no settings; a reader changes nothing. Each test works on a
/// measure of its own (in an area of its own), so the demo measures the other tests read stay as
/// they are.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class ChartSettingsTests(UiApp app)
{
    // Twenty months of counts; 2020-08 is an outlier (a month recorded during an outage).
    private static readonly int[] Counts = [5, 7, 6, 8, 5, 6, 7, 30, 6, 5, 12, 13, 11, 14, 12, 13, 12, 11, 14, 13];
    private const string Outlier = "2020-08";

    [Fact]
    public async Task A_leader_sets_chart_type_rule_set_freeze_and_phases_and_the_chart_follows()
    {
        var measureId = await NewMeasureAsync("Fall i måned (diagraminnstillinger)");
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Leader);
        await OpenMeasureAsync(page, measureId, "Fall i måned (diagraminnstillinger)");

        // Automatic: a C chart for counts, with the Anhøj rules.
        var caption = page.Locator("figcaption");
        await Assertions.Expect(caption).ToContainTextAsync("C-diagram");
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("Anhøj");
        await Assertions.Expect(page.GetByTestId("chart-settings-summary")).ToContainTextAsync("automatisk (C-diagram (antall))");
        var limitBefore = await page.GetByTestId("upper-limit").First.GetAttributeAsync("d");
        var verdictBefore = await page.GetByTestId("verdict").InnerTextAsync();
        Assert.Contains("Anhøj", verdictBefore);

        // The panel: what automatic chooses and why, the rule sets explained, checked with axe while open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Endre diagraminnstillinger" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diagraminnstillinger", Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("chart-suggested")).ToContainTextAsync("Automatisk valg:");
        await Assertions.Expect(page.Locator("#cs-ruleSet-IHI-hint")).ToContainTextAsync("skift");
        await ui.AssertAccessibleAsync("the chart settings panel");
        await ui.ScreenshotAsync("66-chart-settings");

        // NHS needs the I chart: the panel says so until it is chosen; then the chart, limits and verdict change.
        await page.GetByLabel("NHS (Making Data Count)").CheckAsync();
        await Assertions.Expect(page.GetByTestId("nhs-needs-i")).ToBeVisibleAsync();
        await page.GetByLabel("Diagramtype").SelectOptionAsync("I");
        await Assertions.Expect(page.GetByTestId("nhs-needs-i")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("chart-suggested")).ToContainTextAsync("Automatisk ville gitt C-diagram");
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Diagraminnstillingene er lagret." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-settings-open")).ToBeFocusedAsync();
        await Assertions.Expect(caption).ToContainTextAsync("I-diagram");
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("NHS");
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("NHS-reglene");
        Assert.NotEqual(limitBefore, await page.GetByTestId("upper-limit").First.GetAttributeAsync("d"));
        var saved = await MeasureAsync(page, measureId, "chartType ruleSet version");
        Assert.Equal("I", saved.GetProperty("chartType").GetString());
        Assert.Equal("NHS", saved.GetProperty("ruleSet").GetString());

        // A frozen baseline up to October 2020.
        await Assertions.Expect(page.GetByTestId("baseline")).ToHaveCountAsync(0);
        await page.GetByTestId("chart-settings-open").ClickAsync();
        await page.GetByLabel("Frossen grunnlinje til og med").SelectOptionAsync("2020-10");
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("baseline")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-settings-summary")).ToContainTextAsync("frosset til og med oktober 2020");
        Assert.Equal("2020-10", (await MeasureAsync(page, measureId, "baselineEnd")).GetProperty("baselineEnd").GetString());

        // A new phase from the point where the shift began, started from the point itself, by keyboard.
        await Assertions.Expect(page.GetByTestId("centre-line")).ToHaveCountAsync(1);
        var november = page.Locator("[data-point='10']");
        await november.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Punktet november 2020" })).ToBeFocusedAsync();
        await page.GetByTestId("point-new-phase").ClickAsync();
        var phaseName = page.GetByLabel("Navn på fasen fra november 2020");
        await Assertions.Expect(phaseName).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByText("Med faser brukes ikke den frosne grunnlinjen")).ToBeVisibleAsync();

        // A second phase added from the list and removed again; a national identity number in a phase name
        // is refused at that phase, in words, with nothing saved and nothing chosen lost.
        await page.GetByLabel("Ny fase fra").SelectOptionAsync("2021-03");
        await page.GetByTestId("add-phase").ClickAsync();
        await Assertions.Expect(page.GetByTestId("phase-row")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern fasen fra mars 2021" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("phase-row")).ToHaveCountAsync(1);
        await phaseName.FillAsync($"Etter ny rutine {DemoScreens.Fnr}");
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(phaseName).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#cs-phase-2020-11-errors")).ToContainTextAsync("fødselsnummer");
        await Assertions.Expect(page.GetByLabel("Frossen grunnlinje til og med")).ToHaveValueAsync("2020-10");
        Assert.Equal(0, (await MeasureAsync(page, measureId, "phases { startsAt }")).GetProperty("phases").GetArrayLength());
        await ui.AssertAccessibleAsync("the chart settings with an error at a phase");

        await phaseName.FillAsync("Etter ny rutine");
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("centre-line")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("phase-line")).ToContainTextAsync("Etter ny rutine");
        await Assertions.Expect(page.GetByTestId("runs-analysis").Locator("li")).ToHaveCountAsync(2);
        var phases = (await MeasureAsync(page, measureId, "phases { startsAt label }")).GetProperty("phases");
        Assert.Equal("2020-11", phases[0].GetProperty("startsAt").GetString());
        Assert.Equal("Etter ny rutine", phases[0].GetProperty("label").GetString());

        // Someone else saves while the panel is open: the save is refused and says so, the choice stays, and
        // after loading their version the same choice saves.
        await page.GetByTestId("chart-settings-open").ClickAsync();
        await page.GetByLabel("IHI", new() { Exact = true }).CheckAsync();
        var version = (await MeasureAsync(page, measureId, "version")).GetProperty("version").GetInt32();
        await GraphQLAsync(page, "mutation($input: UpdateChartSettingsInput!) { updateChartSettings(input: $input) { errors { code } } }",
            new { input = new { id = measureId, expectedVersion = version, chart = "I", ruleSet = "ANHOEJ", baselineEnd = "2020-10", phases = new[] { new { startsAt = "2020-11", label = "Etter ny rutine" } } } });
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-errors")).ToContainTextAsync("Noen andre har lagret endringer");
        await Assertions.Expect(page.GetByLabel("IHI", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Last inn den nye versjonen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("Anhøj");
        await Assertions.Expect(page.GetByLabel("IHI", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByTestId("chart-settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("IHI");
        Assert.Equal("IHI", (await MeasureAsync(page, measureId, "ruleSet")).GetProperty("ruleSet").GetString());

        // In English, the panel speaks English.
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change chart settings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chart-suggested")).ToContainTextAsync("Automatic would give C chart");
        await ui.AssertAccessibleAsync("the chart settings panel in English");
        await page.SetViewportSizeAsync(360, 740);
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The chart settings at 360 px");
        await ui.ScreenshotAsync("68-chart-settings-en-360");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task Staff_comment_on_a_point_and_exclude_it_with_a_reason_then_include_it_again_and_see_no_settings()
    {
        var measureId = await NewMeasureAsync("Fall i måned (punkter)");
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await OpenMeasureAsync(page, measureId, "Fall i måned (punkter)");

        // Staff may not change the settings: no panel, no button.
        await Assertions.Expect(page.GetByTestId("chart-settings")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Endre diagraminnstillinger" })).ToHaveCountAsync(0);
        Assert.Equal(10.5, await CentreLineAsync(page, measureId), 6);

        // The outage month, chosen by keyboard: arrow along the series, Enter.
        await page.Locator("[data-point='0']").FocusAsync();
        for (var i = 0; i < 7; i++)
            await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.GetByTestId("point-details")).ToContainTextAsync("30");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Punktet august 2020" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("point-new-phase")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#point-annotation-privacy")).ToContainTextAsync("Ikke skriv pasientopplysninger");

        // A comment with a national identity number is refused at its field and kept for correcting.
        var comment = page.GetByLabel("Ny kommentar");
        await comment.FillAsync($"Strømbrudd, pasient {DemoScreens.Fnr}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kommentar" }).ClickAsync();
        await Assertions.Expect(comment).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#point-annotation-errors")).ToContainTextAsync("fødselsnummer");
        await Assertions.Expect(comment).ToHaveValueAsync($"Strømbrudd, pasient {DemoScreens.Fnr}");
        await ui.AssertAccessibleAsync("the point panel with an error");
        await comment.FillAsync("Strømbrudd på avdelingen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kommentar" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("point-done")).ToHaveTextAsync("Kommentaren er lagret.");
        await Assertions.Expect(page.GetByTestId("point-annotations")).ToContainTextAsync("Strømbrudd på avdelingen");
        await Assertions.Expect(page.GetByTestId("annotation-marker")).ToHaveCountAsync(1);

        // The comment shows on hover and on focus.
        await page.Locator("[data-point='7']").HoverAsync();
        await Assertions.Expect(page.GetByTestId("point-details")).ToContainTextAsync("Kommentar: Strømbrudd på avdelingen");
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("[data-point='7']").FocusAsync();
        await Assertions.Expect(page.GetByTestId("point-details")).ToContainTextAsync("Kommentar: Strømbrudd på avdelingen");

        // Excluding needs a reason; with one, the point is drawn hollow and the centre line moves.
        await page.GetByRole(AriaRole.Button, new() { Name = "Utelat punktet" }).ClickAsync();
        var reason = page.GetByLabel("Hvorfor skal punktet utelates?");
        await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#point-reason-errors")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("excluded-point")).ToHaveCountAsync(0);
        await reason.FillAsync("Driftsstans i journalsystemet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utelat punktet" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("point-exclusion")).ToContainTextAsync("Driftsstans i journalsystemet");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ta med punktet igjen" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("excluded-point")).ToHaveCountAsync(1);
        Assert.Equal(180.0 / 19, await CentreLineAsync(page, measureId), 6);
        await page.GetByText("Vis som tabell").ClickAsync();
        var firstRow = page.GetByTestId("chart-table").Locator("tbody tr").First;
        await Assertions.Expect(firstRow.Locator("td").Nth(1)).ToHaveTextAsync("9,47");
        await ui.ScreenshotAsync("67-point-excluded");

        // Included again: the centre line is back where it was.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta med punktet igjen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("point-done")).ToHaveTextAsync("Punktet er tatt med igjen.");
        await Assertions.Expect(page.GetByTestId("excluded-point")).ToHaveCountAsync(0);
        await Assertions.Expect(firstRow.Locator("td").Nth(1)).ToHaveTextAsync("10,5");
        Assert.Equal(10.5, await CentreLineAsync(page, measureId), 6);

        // The table view chooses a point too, and closing the point returns to where it was chosen.
        var choose = page.GetByRole(AriaRole.Button, new() { Name = "Velg mars 2020 for å kommentere eller utelate" });
        await choose.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Punktet mars 2020" })).ToBeFocusedAsync();
        await page.GetByTestId("point-panel-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("point-panel")).ToHaveCountAsync(0);
        await Assertions.Expect(choose).ToBeFocusedAsync();

        // On a phone the point's panel fits too.
        await page.SetViewportSizeAsync(360, 740);
        await choose.ClickAsync();
        await Assertions.Expect(page.GetByTestId("point-panel")).ToBeVisibleAsync();
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "A chosen point at 360 px");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_reader_can_choose_no_point_and_change_no_setting()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Reader);
        await DemoScreens.OpenMeasureAsync(page);

        await Assertions.Expect(page.GetByTestId("chart-settings")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("select-point")).ToHaveCountAsync(0);
        await page.Locator("[data-point='3']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("point-panel")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-point='3']")).ToHaveAttributeAsync("role", "img");
        Assert.Empty(ui.UnexpectedProblems());
    }

    /// <summary>Opens the measure page by its address and waits for the chart.</summary>
    private static async Task OpenMeasureAsync(IPage page, string measureId, string name)
    {
        await page.GotoAsync($"/maling/{Uri.EscapeDataString(measureId)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("chart-svg")).ToBeVisibleAsync();
    }

    /// <summary>
    /// A monthly count in an area of its own in the leader's service (the demo area's), with <see cref="Counts"/>
    /// logged, made through the API as the leader.
    /// </summary>
    private async Task<string> NewMeasureAsync(string name)
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Leader);
        var networkId = await ui.DemoNetworkIdAsync();
        var network = await GraphQLAsync(page, "query($id: ID!) { network(id: $id) { areas { title serviceId } } }", new { id = networkId });
        var serviceId = network.GetProperty("network").GetProperty("areas").EnumerateArray()
            .First(a => a.GetProperty("title").GetString() == DemoScreens.Area).GetProperty("serviceId").GetString()!;

        var area = await GraphQLAsync(page, "mutation($input: CreateImprovementAreaInput!) { createImprovementArea(input: $input) { improvementArea { id } errors { message } } }",
            new { input = new { networkId, serviceId, title = "Diagramtest: " + name } });
        var areaId = area.GetProperty("createImprovementArea").GetProperty("improvementArea").GetProperty("id").GetString()!;
        var measure = await GraphQLAsync(page, "mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } errors { message } } }",
            new { input = new { areaId, definition = new { name, kind = "OUTCOME", dataKind = "COUNT", frequency = "MONTH", better = "DOWN" } } });
        var measureId = measure.GetProperty("createMeasure").GetProperty("measure").GetProperty("id").GetString()!;
        var points = Counts.Select((value, i) => new { period = $"{2020 + i / 12}-{i % 12 + 1:D2}", value }).ToArray();
        var logged = await GraphQLAsync(page, "mutation($input: LogMeasurementsInput!) { logMeasurements(input: $input) { errors { message } } }",
            new { input = new { measureId, points } });
        Assert.Equal(0, logged.GetProperty("logMeasurements").GetProperty("errors").GetArrayLength());
        Assert.Equal(Outlier, points[7].period);
        return measureId;
    }

    private static async Task<double> CentreLineAsync(IPage page, string measureId) =>
        (await MeasureAsync(page, measureId, "chart { analysis { points { centerLine } } }"))
            .GetProperty("chart").GetProperty("analysis").GetProperty("points")[0].GetProperty("centerLine").GetDouble();

    private static async Task<JsonElement> MeasureAsync(IPage page, string measureId, string fields) =>
        (await GraphQLAsync(page, $"query($id: ID!) {{ measure(id: $id) {{ {fields} }} }}", new { id = measureId })).GetProperty("measure");

    /// <summary>A GraphQL request as the page's signed-in person; fails the test on any GraphQL error.</summary>
    private static async Task<JsonElement> GraphQLAsync(IPage page, string query, object variables)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new() { DataObject = new { query, variables } });
        var root = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").Clone();
    }
}
