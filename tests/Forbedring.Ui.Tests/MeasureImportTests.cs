using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>A measure's history from CSV: a file with a bad row is shown row by row and not imported; the corrected file is.</summary>
[Collection(UiCollection.Name)]
public sealed class MeasureImportTests(UiApp app)
{
    private const string Readmissions = "Reinnleggelser i sykehus innen 30 dager etter utskrivning";

    [Fact]
    public async Task A_bad_row_is_shown_by_line_and_nothing_written_then_the_corrected_file_imports()
    {
        await using var ui = await app.NewPageAsync(width: 360, height: 740);
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await page.GotoAsync("/registrer-maling");
        await page.GetByTestId("my-measure").Filter(new() { HasText = Readmissions }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer historikk fra CSV" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Importer fra CSV", Level = 1 })).ToBeVisibleAsync();
        var measureId = Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath.Split('/')[2]);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Last ned serien som CSV" })).ToHaveAttributeAsync("href", $"/api/measures/{measureId}/csv");
        await ui.AssertAccessibleAsync("the CSV import screen");

        await page.GetByLabel("CSV-fil").SetInputFilesAsync(File("historikk.csv", "periode;verdi;merknad\n2018-01;2;\n2018-02;tre;\n2018-03;4;ny rutine\n"));
        var preview = page.GetByTestId("import-preview");
        await Assertions.Expect(preview).ToContainTextAsync("3 rader lest, 1 med feil");
        var badRow = page.GetByTestId("import-row").First;
        await Assertions.Expect(badRow).ToContainTextAsync("«tre» er ikke et tall.");
        await Assertions.Expect(badRow.Locator("td").First).ToHaveTextAsync("3");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importer 3 rader" })).ToHaveCountAsync(0);
        Assert.Empty(await PeriodsAsync(page, measureId, "2018"));
        await ui.AssertAccessibleAsync("a CSV preview with a bad row");
        await ui.ScreenshotAsync("64-csv-import-bad-row-360");

        await page.GetByLabel("CSV-fil").SetInputFilesAsync(File("historikk.csv", "periode;verdi;merknad\n2018-01;2;\n2018-02;3;\n2018-03;4;ny rutine\n"));
        await Assertions.Expect(preview).ToContainTextAsync("3 rader lest, 0 med feil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer 3 rader" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("Importert: 3 rader.");
        await Assertions.Expect(page.Locator("progress")).ToHaveCountAsync(0);
        Assert.Equal(["2018-01", "2018-02", "2018-03"], await PeriodsAsync(page, measureId, "2018"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The import screen scrolls sideways at 360 px.");
        await ui.AssertAccessibleAsync("an import done");
        await ui.ScreenshotAsync("65-csv-import-done-360");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task A_file_without_the_columns_is_refused_as_a_whole_in_english()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Staff);
        await page.GotoAsync("/registrer-maling");
        await page.GetByTestId("my-measure").Filter(new() { HasText = Readmissions }).ClickAsync();
        var measureId = Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath.Split('/').Last());
        await page.GotoAsync($"/maling/{measureId}/import?lang=en");
        await page.GetByLabel("CSV file").SetInputFilesAsync(File("wrong.csv", "name;age\nOla;80\n"));
        await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync("The file cannot be imported:");
        await ui.AssertAccessibleAsync("a refused file in English");
        Assert.Empty(ui.UnexpectedProblems());
    }

    private static FilePayload File(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    private static async Task<List<string>> PeriodsAsync(IPage page, string measureId, string year)
    {
        var response = await page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "query($id: ID!) { measure(id: $id) { points { period } } }", variables = new { id = measureId } },
        });
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("data").GetProperty("measure").GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("period").GetString()!).Where(p => p.StartsWith(year, StringComparison.Ordinal)).ToList();
    }
}
