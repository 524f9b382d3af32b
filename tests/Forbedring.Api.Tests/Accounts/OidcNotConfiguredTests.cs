using System.Net;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>Without Auth:Oidc nothing of OpenID Connect exists: only passwords. And a configuration that would store identity numbers never starts.</summary>
public sealed class OidcNotConfiguredTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Sign_in_through_a_provider_is_404_and_providers_says_there_is_none()
    {
        var browser = factory.Browser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/api/auth/oidc/sign-in?returnUrl=/")).StatusCode);
        var providers = await browser.GetAsync("/api/auth/providers");
        Assert.Equal(HttpStatusCode.OK, providers.StatusCode);
        var body = await providers.JsonAsync();
        Assert.True(body.GetProperty("password").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("oidc").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "x", ["state"] = "y" }))).StatusCode);
    }

    [Fact]
    public async Task Configuring_the_pid_as_subject_stops_the_app_at_start()
    {
        var settings = OidcTestProvider.Settings();
        settings["Auth:Oidc:SubjectClaim"] = "pid";
        await using var app = new ApiFactory(null, loadDemoOnFirstStart: false, settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("never 'pid'", error.ToString());
    }
}
