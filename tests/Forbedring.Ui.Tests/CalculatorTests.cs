using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class CalculatorTests(UiApp app)
{
    // 24 months of a proportion-like measurement with a clear shift down after the first twelve.
    private const string Series = """
        periode;verdi
        2024-01-01;12,5
        2024-02-01;14
        2024-03-01;11,5
        2024-04-01;13
        2024-05-01;12
        2024-06-01;15,5
        2024-07-01;12,5
        2024-08-01;14
        2024-09-01;13,5
        2024-10-01;12
        2024-11-01;13
        2024-12-01;14,5
        2025-01-01;8,5
        2025-02-01;7
        2025-03-01;9
        2025-04-01;8
        2025-05-01;7,5
        2025-06-01;6,5
        2025-07-01;8
        2025-08-01;7
        2025-09-01;7,5
        2025-10-01;6
        2025-11-01;8,5
        2025-12-01;7
        """;

    [Fact]
    public async Task Signed_out_the_calculator_draws_the_chart_and_gives_the_verdict_in_bokmal_and_then_english()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/kalkulator");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diagramkalkulator", Level = 1 })).ToBeVisibleAsync();
        await ui.AssertAccessibleAsync("the empty calculator");

        await page.GetByLabel("Data", new() { Exact = true }).FillAsync(Series);
        await Assertions.Expect(page.Locator("#series-count")).ToContainTextAsync("24 punkter lest");
        await page.GetByLabel("Diagramtype").SelectOptionAsync("I");
        await page.GetByLabel("Bedre er").SelectOptionAsync("DOWN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyser" }).ClickAsync();

        var verdict = page.GetByTestId("verdict");
        await Assertions.Expect(verdict).ToBeVisibleAsync();
        await Assertions.Expect(verdict).ToContainTextAsync("Vurdering:");
        await Assertions.Expect(verdict).ToContainTextAsync("Anhøj");
        var nbVerdict = await verdict.InnerTextAsync();
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToHaveTextAsync("Regelsett: Anhøj");

        // The chart: a point per row, a centre line, both limits, and signals marked.
        var svg = page.GetByTestId("chart-svg");
        // A group, not an image: its points can be focused to read each one.
        await Assertions.Expect(svg).ToHaveAttributeAsync("role", "group");
        await Assertions.Expect(svg.Locator("circle.pt, .pt")).ToHaveCountAsync(24);
        await Assertions.Expect(page.GetByTestId("centre-line").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("upper-limit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("lower-limit")).ToHaveCountAsync(1);
        // Lower is better: the points above the upper limit are concerns, the one below the lower limit an improvement.
        await Assertions.Expect(svg.Locator("rect.concern")).ToHaveCountAsync(2);
        await Assertions.Expect(svg.Locator("circle.improvement")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Spesiell variasjon, bekymring")).ToBeVisibleAsync();

        // The table view, with decimal commas in bokmål.
        await page.GetByText("Vis som tabell").ClickAsync();
        var table = page.GetByTestId("chart-table");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(24);
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync("12,5");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("1. jan. 2024");
        await ui.AssertAccessibleAsync("the calculator with a result");
        await ui.ScreenshotAsync("10-calculator-nb");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chart calculator", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(verdict).ToContainTextAsync("Verdict:");
        Assert.NotEqual(nbVerdict, await verdict.InnerTextAsync());
        await Assertions.Expect(page.GetByTestId("chart-rule-set")).ToHaveTextAsync("Rule set: Anhøj");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync("12.5");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("1 Jan 2024");
        await ui.AssertAccessibleAsync("the calculator in English");
        await ui.ScreenshotAsync("11-calculator-en");

        // The choice is remembered.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chart calculator", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_told_by_its_line_and_nothing_is_sent()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        var requests = 0;
        page.Request += (_, request) => { if (request.Url.EndsWith("/graphql")) requests++; };
        await page.GotoAsync("/kalkulator");
        await page.GetByLabel("Data", new() { Exact = true }).FillAsync("3\n4,5\nfire\n6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyser" }).ClickAsync();

        await Assertions.Expect(page.Locator("#series-errors")).ToHaveTextAsync(new Regex("Linje 3: «fire» er ikke et tall."));
        await Assertions.Expect(page.GetByLabel("Data", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, requests);
        await ui.AssertAccessibleAsync("the calculator with an error");
    }
}
