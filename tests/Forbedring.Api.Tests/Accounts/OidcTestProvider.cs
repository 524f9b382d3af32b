using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Forbedring.Api.Http.Accounts;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>
/// An OpenID Connect provider inside the test process. The app's handler finds it the way it finds
/// a real one, by discovery from <c>Auth:Oidc:Authority</c>, only over a back channel answered here
/// (discovery document, signing keys, token endpoint), so no network is needed and the app has no
/// test-only settings. The browser's visit to the authorization endpoint is <see cref="Authorize"/>.
/// </summary>
internal sealed class OidcTestProvider : HttpMessageHandler
{
    public const string Issuer = "https://provider.test";
    public const string ClientId = "forbedring-test";
    public const string ClientSecret = "test-secret";
    public const string AuthorizationEndpoint = Issuer + "/authorize";
    public const string DisplayName = "Testinnlogging";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> codes = new();

    public sealed record User(string Subject, string? Name = null, string? Email = null, string? Pid = null);

    private sealed record Grant(User User, string Nonce, string CodeChallenge, string RedirectUri);

    /// <summary>The app's settings for this provider.</summary>
    public static Dictionary<string, string> Settings(bool allowNewPeople = true) => new()
    {
        ["Auth:Oidc:Authority"] = Issuer,
        ["Auth:Oidc:ClientId"] = ClientId,
        ["Auth:Oidc:ClientSecret"] = ClientSecret,
        ["Auth:Oidc:DisplayName"] = DisplayName,
        ["Auth:Oidc:AllowNewPeople"] = allowNewPeople ? "true" : "false",
    };

    /// <summary>A whole app signing in through this provider.</summary>
    public ApiFactory App(bool allowNewPeople = true) =>
        new(null, loadDemoOnFirstStart: false, Settings(allowNewPeople),
            services => services.Configure<OpenIdConnectOptions>(OidcAuthentication.Scheme, options => options.BackchannelHttpHandler = this));

    /// <summary>A browser that keeps cookies and lets the test follow redirects itself (one of them leaves the site).</summary>
    public static HttpClient Browser(ApiFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>
    /// The user signs in at the provider: the authorization request is checked as a provider would
    /// (client, code flow, PKCE, nonce) and answered with a code and the state for the callback.
    /// </summary>
    public (string Code, string State) Authorize(Uri request, User user)
    {
        Assert.Equal(AuthorizationEndpoint, request.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(request.Query);
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        codes[code] = new Grant(user, query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString());
        return (code, query["state"].ToString());
    }

    /// <summary>The whole sign-in as a browser makes it: to the provider and back to the callback with a code.</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient browser, User user, string returnUrl = "/")
    {
        var challenge = await browser.GetAsync("/api/auth/oidc/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var (code, state) = Authorize(challenge.Headers.Location!, user);
        // The provider answers with a form the browser posts to the callback (response_mode=form_post).
        return await browser.PostAsync(OidcAuthentication.CallbackPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["state"] = state }));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.RequestUri.GetLeftPart(UriPartial.Authority) != Issuer)
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        if (request.Method == HttpMethod.Get && path == "/.well-known/openid-configuration")
            return Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = AuthorizationEndpoint,
                ["token_endpoint"] = Issuer + "/token",
                ["jwks_uri"] = Issuer + "/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            });
        if (request.Method == HttpMethod.Get && path == "/jwks")
        {
            var key = rsa.ExportParameters(includePrivateParameters: false);
            return Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "test", n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        }
        if (request.Method == HttpMethod.Post && path == "/token")
            return Token(QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    /// <summary>Redeems a code once, for the client that asked for it, with the verifier that matches its challenge.</summary>
    private HttpResponseMessage Token(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form)
    {
        var verifier = form.GetValueOrDefault("code_verifier").ToString();
        if (form.GetValueOrDefault("grant_type") != "authorization_code"
            || !codes.TryRemove(form.GetValueOrDefault("code").ToString(), out var grant)
            || form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret
            || form.GetValueOrDefault("redirect_uri") != grant.RedirectUri
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.CodeChallenge)
            return Json(new { error = "invalid_grant" }, HttpStatusCode.BadRequest);

        var claims = new Dictionary<string, object> { ["sub"] = grant.User.Subject, ["nonce"] = grant.Nonce };
        if (grant.User.Name is { } name)
            claims["name"] = name;
        if (grant.User.Email is { } email)
            claims["email"] = email;
        if (grant.User.Pid is { } pid)
            claims["pid"] = pid;
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "test" }, SecurityAlgorithms.RsaSha256),
        });
        return Json(new { access_token = "not-used", token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    private static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body) };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            rsa.Dispose();
        base.Dispose(disposing);
    }
}
