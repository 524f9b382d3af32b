using System.Net;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests;

/// <summary>
/// GraphiQL at /graphiql: its own page, under the same content security policy as the app (any
/// violation is a console error, which fails the test), querying as the signed-in person.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class GraphiQLTests(UiApp app)
{
    [Fact]
    public async Task A_signed_in_person_runs_a_query_under_the_app_s_content_security_policy()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await ui.SignInAsync(UiApp.Facilitator);
        var response = await page.GotoAsync("/graphiql");
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.Contains("style-src 'self'", await response.HeaderValueAsync("content-security-policy"));
        await Assertions.Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("Læringsnettverk Gode overganger", new() { Timeout = 15_000 });
        await ui.ScreenshotAsync("66-graphiql");
        await ui.AssertAccessibleAsync("the GraphiQL page with a result");
        Assert.Empty(ui.UnexpectedProblems());
    }

    [Fact]
    public async Task Signed_out_the_page_only_leads_to_sign_in()
    {
        await using var ui = await app.NewPageAsync();
        var page = ui.Page;
        await page.GotoAsync("/graphiql");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Logg inn" })).ToHaveAttributeAsync("href", "/logg-inn?tilbake=%2Fgraphiql");
        await Assertions.Expect(page.Locator(".graphiql-container")).ToHaveCountAsync(0);
        await ui.AssertAccessibleAsync("the GraphiQL page signed out");
        Assert.Empty(ui.UnexpectedProblems());
    }
}
