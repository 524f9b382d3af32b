using System.Net;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>
/// The app signing in through <see cref="OidcTestProvider"/>. Its first sign-in, before any test,
/// is <see cref="Administrator"/>'s, so they are the installation's administrator whatever order the tests run in.
/// </summary>
public sealed class OidcApp : IAsyncLifetime
{
    internal static readonly OidcTestProvider.User Administrator = new("admin-7f3c", "Olga Oidc", "olga@kommune.example");

    internal OidcTestProvider Provider { get; } = new();

    internal ApiFactory Factory { get; }

    public OidcApp() => Factory = Provider.App();

    internal HttpClient Browser() => OidcTestProvider.Browser(Factory);

    /// <summary>A browser signed in through the provider as the user.</summary>
    internal async Task<HttpClient> SignedInAsync(OidcTestProvider.User user)
    {
        var browser = Browser();
        var response = await Provider.SignInAsync(browser, user);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    public async Task InitializeAsync() => await SignedInAsync(Administrator);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Provider.Dispose();
    }
}
