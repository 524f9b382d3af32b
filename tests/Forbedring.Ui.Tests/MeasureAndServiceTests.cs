using System.Text;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// The measure's chart page (points on hover and keyboard, everything drawn around the series, the
/// downloads) and the service page, reached from the network overview's links, in both languages.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class MeasureAndServiceTests(UiApp app)
{
    [Fact]
    public async Task The_chart_shows_each_point_on_hover_and_keyboard_and_downloads_as_svg_png_and_csv()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Facilitator);
        await DemoScreens.OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Measure, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Measure, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The verdict in words, the rule set named, and what is drawn around the series.
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("Vurdering:");
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("Anhøj");
        await Assertions.Expect(page.GetByTestId("centre-line").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("upper-limit").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("target-line")).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("baseline")).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("annotation-marker").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("annotations")).ToContainTextAsync("Sjekklisten og fast samtaletidspunkt");
        // Three of the measure's four demo cycles ran while it was logged (the fourth came after its last week).
        await Assertions.Expect(page.GetByTestId("pdsa-band")).ToHaveCountAsync(3);
        Assert.True(await page.GetByTestId("signal-point").CountAsync() > 0, "The shift after the change shows as signals.");
        await Assertions.Expect(page.GetByTestId("sigma2-line")).ToHaveCountAsync(0);
        await page.GetByLabel("Vis 2-sigma-linjer").CheckAsync();
        Assert.True(await page.GetByTestId("sigma2-line").CountAsync() > 0, "The 2-sigma lines show when chosen.");
        await ui.AssertAccessibleAsync("the measure's chart page");
        await ui.ScreenshotAsync("60-measure");

        // Hover: the point's label box, and the same in words below the chart.
        var details = page.GetByTestId("point-details");
        await page.Locator("[data-point='6']").HoverAsync();
        await Assertions.Expect(page.GetByTestId("point-label")).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync("Korona");
        await Assertions.Expect(details).ToContainTextAsync("Registrert av");

        // Keyboard: Tab reaches the first point, the arrow keys move along the series.
        await page.GetByLabel("Vis 2-sigma-linjer").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-point='0']")).ToBeFocusedAsync();
        await Assertions.Expect(details).ToContainTextAsync("Registrert av");
        for (var i = 0; i < 6; i++)
            await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("[data-point='6']")).ToBeFocusedAsync();
        await Assertions.Expect(details).ToContainTextAsync("Korona");
        await Assertions.Expect(page.GetByTestId("point-label")).ToBeVisibleAsync();
        await ui.ScreenshotAsync("61-measure-point-focused");

        // Downloads: a self-contained SVG (styling as attributes, nothing only for the screen), a PNG, the CSV.
        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-svg").ClickAsync());
        Assert.EndsWith(".svg", svg.SuggestedFilename);
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        Assert.StartsWith("<?xml", svgText);
        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", svgText);
        Assert.Contains("stroke=\"#e3e7eb\"", svgText); // the grid, coloured by attribute
        Assert.Contains("<title>" + DemoScreens.Measure + "</title>", svgText);
        Assert.DoesNotContain("style=", svgText);
        Assert.DoesNotContain("class=", svgText);
        Assert.DoesNotContain("tabindex", svgText);
        Assert.DoesNotContain("data-no-export", svgText);

        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-png").ClickAsync());
        Assert.EndsWith(".png", png.SuggestedFilename);
        var pngBytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.True(pngBytes.Length > 5_000, $"The PNG is only {pngBytes.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, pngBytes[..8]);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename);
        var csvText = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await csv.PathAsync()));
        Assert.Contains(";", csvText);
        Assert.True(csvText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 20, "The CSV has a row per period.");

        // In English: the same page, its words translated.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("Verdict:");
        await Assertions.Expect(page.GetByTestId("download-svg")).ToHaveTextAsync("Download SVG");
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToContainTextAsync("Rule set: Anhøj");
        await ui.AssertAccessibleAsync("the measure's chart page in English");

        // On a phone the chart shrinks to fit; nothing scrolls sideways.
        await page.SetViewportSizeAsync(360, 740);
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The measure page at 360 px");
        await ui.ScreenshotAsync("62-measure-en-360");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task The_service_page_shows_members_areas_and_contributors_in_both_languages()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Reader);
        await DemoScreens.OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoScreens.Service, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Service, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.GetByTestId("service-members")).ToContainTextAsync("Leder");
        await Assertions.Expect(page.GetByTestId("service-members")).ToContainTextAsync("Måleansvarlig");
        await Assertions.Expect(page.GetByTestId("service-area")).ToContainTextAsync(DemoScreens.Area);
        await Assertions.Expect(page.GetByTestId("contributors").First.Locator("li").First).ToContainTextAsync("målinger");
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The service page at 360 px");
        await ui.AssertAccessibleAsync("the service page");
        await ui.ScreenshotAsync("70-service-360");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members and roles" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("service-members")).ToContainTextAsync("Measurement lead");
        await ui.AssertAccessibleAsync("the service page in English");
        await ui.ScreenshotAsync("71-service-en-360");

        // No dead end: on to the area and one of its measures.
        await page.GetByTestId("service-area").GetByRole(AriaRole.Link, new() { Name = DemoScreens.Area }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoScreens.Area, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Problem and aim" })).ToBeVisibleAsync();
        await DemoScreens.AssertNoSidewaysScrollAsync(page, "The area in English at 360 px");
        await ui.AssertAccessibleAsync("the area in English");
        Assert.Empty(ui.UnexpectedProblems());
    }
}
