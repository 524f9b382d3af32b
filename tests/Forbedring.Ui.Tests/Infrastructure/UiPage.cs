using System.Text.Json;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests.Infrastructure;

/// <summary>
/// A page in its own browser context, with what every test does on it: sign in, check the screen
/// with axe-core, take a screenshot; and every content-security-policy violation or script error
/// the page reports, so a test can insist there were none.
/// </summary>
public sealed class UiPage : IAsyncDisposable
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepositoryFiles.Root, "ui", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"{path} is missing: run npm ci in ui/ (./forbedring test does).");
    });

    private readonly List<string> problems = [];

    public UiPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            // GET /api/auth/me answers 401 to anyone signed out: that is how the UI learns it, not a fault.
            if (message.Type == "error" && !(message.Text.Contains("401") && message.Location.Contains("/api/auth/me")))
                problems.Add($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
    }

    public IPage Page { get; }

    /// <summary>Script errors and content-security-policy violations seen so far (the console reports both).</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>Console errors other than failed requests the test caused on purpose (a 401 for a wrong password).</summary>
    public IReadOnlyList<string> UnexpectedProblems(params string[] expected) =>
        problems.Where(p => !expected.Any(e => p.Contains(e, StringComparison.OrdinalIgnoreCase))).ToList();

    public async Task SignInAsync(string email, string password = UiApp.DemoPassword)
    {
        await Page.GotoAsync("/logg-inn");
        await Page.GetByLabel("E-post").FillAsync(email);
        await Page.GetByLabel("Passord", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Page.GetByTestId("signed-in-as").WaitForAsync();
    }

    /// <summary>Signs in, waiting out the lock-out the sign-in tests may just have caused on the leader (8 s in this suite).</summary>
    public async Task SignInWaitingOutLockAsync(string email, string password = UiApp.DemoPassword)
    {
        for (var attempt = 0; ; attempt++)
        {
            await Page.GotoAsync("/logg-inn");
            await Page.GetByLabel("E-post").FillAsync(email);
            await Page.GetByLabel("Passord", new() { Exact = true }).FillAsync(password);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
            var outcome = Page.GetByTestId("signed-in-as").Or(Page.GetByTestId("sign-in-errors"));
            await outcome.First.WaitForAsync();
            if (await Page.GetByTestId("signed-in-as").IsVisibleAsync())
                return;
            Assert.True(attempt < 6, $"The account {email} stayed locked.");
            await Task.Delay(3000);
        }
    }

    /// <summary>Fills in the registration screen (first person or invitation) and sends it.</summary>
    public async Task FillRegistrationAsync(string name, string email, string password)
    {
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("E-post").FillAsync(email);
        await Page.GetByLabel("Passord", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("Gjenta passordet").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();
    }

    /// <summary>The demo network's id, as the installation reports it.</summary>
    public async Task<string> DemoNetworkIdAsync()
    {
        var response = await Page.Context.APIRequest.PostAsync("/graphql", new()
        {
            DataObject = new { query = "{ installation { demoNetworkId } }" },
        });
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("data").GetProperty("installation").GetProperty("demoNetworkId").GetString()!;
    }

    /// <summary>
    /// Runs axe-core (from the npm package; evaluated through the DevTools protocol, which the page's
    /// content security policy does not govern) against WCAG 2.0/2.1 A and AA and returns the
    /// serious and critical violations, one line each.
    /// </summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync()
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await Page.EvaluateAsync(AxeSource.Value + "\n;undefined");
        var json = await Page.EvaluateAsync<string>(@"async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ` + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\s+/g, ' ') + ')').join('; ')));
        }");
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }

    public async Task AssertAccessibleAsync(string screen)
    {
        var violations = await SeriousAccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe-core found serious or critical violations on {screen}:\n" + string.Join("\n", violations));
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(UiApp.ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiApp.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
