using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>
/// Clients signed in through the real account endpoints. The administrator is the first person to
/// register on the factory's empty store; anyone else is invited by the administrator as a person
/// already known here, so tests can act as the leaders and staff they create.
/// </summary>
public static class SignedInClients
{
    public const string Password = "riktig-hest-batteri";
    public const string AdminEmail = "admin@test.forbedring.no";

    private static readonly ConditionalWeakTable<ApiFactory, ConcurrentDictionary<string, Lazy<Task<string>>>> Cookies = new();

    /// <summary>A client signed in as the installation's administrator, who may do everything.</summary>
    public static HttpClient Admin(this ApiFactory factory) => factory.AdminAsync().GetAwaiter().GetResult();

    public static async Task<HttpClient> AdminAsync(this ApiFactory factory) =>
        WithCookie(factory, await CookieAsync(factory, AdminEmail, () => AdminCookieAsync(factory)));

    /// <summary>A client signed in as the given person (who must exist), with an account made for them on first use.</summary>
    public static async Task<HttpClient> AsPersonAsync(this ApiFactory factory, string personId) =>
        WithCookie(factory, await CookieAsync(factory, personId, () => PersonCookieAsync(factory, personId)));

    // A cookie is reused until the test moves the app's clock (it may have expired then).
    private static Task<string> CookieAsync(ApiFactory factory, string key, Func<Task<string>> make) =>
        Cookies.GetOrCreateValue(factory).GetOrAdd($"{key}@{factory.Clock.Offset.Ticks}", _ => new Lazy<Task<string>>(make)).Value;

    private static HttpClient WithCookie(ApiFactory factory, string cookie)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }

    private static async Task<string> AdminCookieAsync(ApiFactory factory)
    {
        var http = factory.CreateClient();
        var registered = await http.PostAsJsonAsync("/api/auth/register", new { email = AdminEmail, password = Password, name = "Ada Administrator" });
        if (registered.StatusCode == HttpStatusCode.Forbidden)
            registered = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = AdminEmail, password = Password });
        return CookieOf(registered);
    }

    private static async Task<string> PersonCookieAsync(ApiFactory factory, string personId)
    {
        var email = $"{personId}@test.forbedring.no";
        var signedIn = await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        if (signedIn.StatusCode == HttpStatusCode.OK)
            return CookieOf(signedIn);

        var admin = await factory.AdminAsync();
        var invited = await admin.PostAsJsonAsync("/api/invitations", new { email, personId });
        var body = await invited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(invited.StatusCode == HttpStatusCode.Created, $"invitation: {invited.StatusCode} {body}");
        var link = body.GetProperty("link").GetString()!;
        var token = link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/auth/register",
            new { email, password = Password, name = "(navnet finnes)", invitationToken = token });
        return CookieOf(registered);
    }

    private static string CookieOf(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"signing in: {response.StatusCode}");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forbedring.auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';')];
    }
}
