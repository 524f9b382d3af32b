using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Forbedring.Api.Http.Accounts;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>Signing in through an OpenID Connect provider, end to end: the app, its handler, the cluster, Azurite; the provider in process.</summary>
public sealed class OidcSignInTests(OidcApp app) : IClassFixture<OidcApp>
{
    [Fact]
    public async Task Sign_in_sends_the_browser_to_the_providers_authorization_endpoint_with_PKCE()
    {
        var response = await app.Browser().GetAsync("/api/auth/oidc/sign-in?returnUrl=/nettverk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(OidcTestProvider.AuthorizationEndpoint, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(OidcTestProvider.ClientId, query["client_id"].ToString());
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal(43, query["code_challenge"].ToString().Length); // base64url of a SHA-256
        Assert.Equal("openid profile email", query["scope"].ToString());
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.False(query.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task Providers_names_the_configured_provider_for_the_button()
    {
        var body = await (await app.Browser().GetAsync("/api/auth/providers")).JsonAsync();

        Assert.True(body.GetProperty("password").GetBoolean());
        Assert.Equal(OidcTestProvider.DisplayName, body.GetProperty("oidc").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_first_to_sign_in_on_an_empty_installation_is_its_administrator()
    {
        var me = await (await app.SignedInAsync(OidcApp.Administrator)).MeAsync();

        Assert.True(me.GetProperty("isAdministrator").GetBoolean());
        Assert.Equal("Olga Oidc", me.GetProperty("name").GetString());
        Assert.Equal("olga@kommune.example", me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_subject_is_the_same_person_at_every_sign_in_and_a_newcomer_is_not_administrator()
    {
        var user = new OidcTestProvider.User("pairwise-KQ2v9", "Nils Nykommer", "Nils.Nykommer@Kommune.example");

        var first = app.Browser();
        var response = await app.Provider.SignInAsync(first, user, "/tiltak/42?fane=maal");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tiltak/42?fane=maal", response.Headers.Location!.OriginalString);
        var me = await first.MeAsync();
        Assert.False(me.GetProperty("isAdministrator").GetBoolean());
        Assert.Equal("Nils Nykommer", me.GetProperty("name").GetString());
        Assert.Equal("nils.nykommer@kommune.example", me.GetProperty("email").GetString());

        var again = await (await app.SignedInAsync(user with { Name = "Nils N. (endret hos leverandøren)" })).MeAsync();
        Assert.Equal(me.GetProperty("personId").GetString(), again.GetProperty("personId").GetString());
        Assert.Equal("Nils Nykommer", again.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Without_a_name_the_person_is_named_from_the_e_mail_and_without_either_gets_a_placeholder_never_the_pid()
    {
        var fromEmail = await (await app.SignedInAsync(new OidcTestProvider.User("pairwise-e1", Email: "per.hansen@kommune.example"))).MeAsync();
        Assert.Equal("per.hansen", fromEmail.GetProperty("name").GetString());

        // As ID-porten answers: a pairwise sub, a national identity number, no name, no e-mail.
        var browser = app.Browser();
        var callback = await app.Provider.SignInAsync(browser, new OidcTestProvider.User("NR8vTTPrM3T7rWf8dXxeWLZpxEMsug4E7pxqJuh9wIM=", Pid: "15067543278"));
        var idPorten = await browser.MeAsync();
        Assert.Equal("Ny person", idPorten.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, idPorten.GetProperty("email").ValueKind);
        Assert.DoesNotContain("15067543278", idPorten.ToString());

        // The cookie holds the person and nothing of the provider's: no pid, no tokens.
        var ticket = CookieTicket(callback);
        Assert.Equal(
            [ClaimTypes.AuthenticationMethod, ClaimTypes.Name, ClaimTypes.NameIdentifier],
            ticket.Principal.Claims.Select(c => c.Type).Order());
        Assert.Equal(idPorten.GetProperty("personId").GetString(), ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.DoesNotContain(ticket.Properties.Items, item => item.Key.StartsWith(".Token", StringComparison.Ordinal) || item.Value?.Contains("15067543278") == true);
    }

    /// <summary>The sign-in cookie a response set, opened with the app's own keys.</summary>
    private AuthenticationTicket CookieTicket(HttpResponseMessage response)
    {
        var prefix = AccountAuthentication.CookieName + "=";
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal));
        var value = cookie[prefix.Length..cookie.IndexOf(';')];
        var options = app.Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return options.TicketDataFormat.Unprotect(value) ?? throw new InvalidOperationException("The cookie did not open.");
    }

    [Theory]
    [InlineData("https://evil.example/x")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example/x")]
    public async Task A_return_address_off_the_site_ends_at_home(string returnUrl)
    {
        var response = await app.Provider.SignInAsync(app.Browser(), new OidcTestProvider.User("pairwise-r-" + Guid.NewGuid().ToString("N"), "Rita Retur"), returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Cancelling_at_the_provider_is_a_401_with_a_message_not_a_500()
    {
        var browser = app.Browser();
        var challenge = await browser.GetAsync("/api/auth/oidc/sign-in");
        var state = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query)["state"].ToString();

        var response = await browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string> { ["error"] = "access_denied", ["state"] = state }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(["SIGN_IN_FAILED"], body.ErrorCodes());
        Assert.Contains("Prøv igjen", body.GetProperty("errors")[0].GetProperty("messageNb").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_callback_nobody_started_here_is_refused()
    {
        var (code, _) = app.Provider.Authorize(
            new Uri(OidcTestProvider.AuthorizationEndpoint + "?client_id=forbedring-test&response_type=code&code_challenge_method=S256&scope=openid&state=x&nonce=y&code_challenge=z&redirect_uri=https://localhost/signin-oidc"),
            new OidcTestProvider.User("pairwise-forged", "Fred Forfalsket"));

        var response = await app.Browser().PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["state"] = "x" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_person_signed_in_through_the_provider_acts_as_themselves_downstream()
    {
        var oidc = await app.SignedInAsync(new OidcTestProvider.User("pairwise-fac", "Frida Fasilitator", "frida@kommune.example"));
        var personId = (await oidc.MeAsync()).GetProperty("personId").GetString();

        var admin = await app.SignedInAsync(OidcApp.Administrator);
        var networkId = (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "OIDC-nettverket" }, "id")).Id();
        await admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId, personId, role = "FACILITATOR" }, "id");
        var (_, body) = await oidc.PostAsync("query($id: ID!) { network(id: $id) { members { role person { id } } } }", new { id = networkId });
        Assert.Contains(body.Data().GetProperty("network").GetProperty("members").EnumerateArray(),
            m => m.GetProperty("role").GetString() == "FACILITATOR" && m.GetProperty("person").GetProperty("id").GetString() == personId);

        var invited = await oidc.PostAsJsonAsync("/api/invitations", new { email = "leser@kommune.example", networkId, role = "READER" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
    }

    [Fact]
    public async Task A_provider_e_mail_that_matches_a_password_account_does_not_sign_in_as_that_account()
    {
        var admin = await app.SignedInAsync(OidcApp.Administrator);
        var link = (await admin.InviteAsync(new { email = "kari@kommune.example" })).GetProperty("link").GetString()!;
        var password = app.Browser();
        Assert.Equal(HttpStatusCode.Created, (await password.RegisterAsync("kari@kommune.example", "Kari Passord", AccountClient.TokenOf(link))).StatusCode);
        var kari = (await password.MeAsync()).GetProperty("personId").GetString();

        var oidc = await app.SignedInAsync(new OidcTestProvider.User("pairwise-other", "Noen Annen", "kari@kommune.example"));
        var me = await oidc.MeAsync();

        Assert.NotEqual(kari, me.GetProperty("personId").GetString());
        Assert.Equal("Noen Annen", me.GetProperty("name").GetString());
    }
}
