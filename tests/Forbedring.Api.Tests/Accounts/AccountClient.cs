using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>A browser-like client (keeps cookies, https) and the account endpoints' calls.</summary>
internal static class AccountClient
{
    public const string Password = SignedInClients.Password;

    public static HttpClient Browser(this ApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient http, string email, string name, string? invitationToken = null, string password = Password) =>
        http.PostAsJsonAsync("/api/auth/register", new { email, password, name, invitationToken });

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient http, string email, string password = Password) =>
        http.PostAsJsonAsync("/api/auth/sign-in", new { email, password });

    public static async Task<JsonElement> InviteAsync(this HttpClient inviter, object invitation)
    {
        var response = await inviter.PostAsJsonAsync("/api/invitations", invitation);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return body;
    }

    /// <summary>A new person with an account, invited by the administrator and signed in on a client of their own.</summary>
    public static async Task<HttpClient> InvitedAsync(this ApiFactory factory, string email, string name)
    {
        var admin = await factory.AdminAsync();
        var link = (await admin.InviteAsync(new { email })).GetProperty("link").GetString()!;
        var http = factory.Browser();
        var registered = await http.RegisterAsync(email, name, TokenOf(link));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return http;
    }

    public static async Task<JsonElement> MeAsync(this HttpClient http)
    {
        var response = await http.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IEnumerable<string> ErrorCodes(this JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    public static string TokenOf(string link) => link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
}
