using System.Net;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>With Auth:Oidc:AllowNewPeople = false, through the whole app.</summary>
public sealed class OidcClosedTests : IAsyncLifetime
{
    private readonly OidcTestProvider provider = new();
    private ApiFactory app = null!;

    [Fact]
    public async Task Only_the_first_person_and_those_already_linked_get_in_a_stranger_gets_a_403_in_both_languages()
    {
        var admin = new OidcTestProvider.User("pairwise-admin", "Ada Adm", "ada@kommune.example");
        var first = OidcTestProvider.Browser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.SignInAsync(first, admin)).StatusCode);
        Assert.True((await first.MeAsync()).GetProperty("isAdministrator").GetBoolean());

        var stranger = OidcTestProvider.Browser(app);
        var refused = await provider.SignInAsync(stranger, new OidcTestProvider.User("pairwise-stranger", "Stig Fremmed"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var error = (await refused.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("NOT_KNOWN_HERE", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("messageNb").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("messageEn").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await provider.SignInAsync(OidcTestProvider.Browser(app), admin)).StatusCode);
    }

    public Task InitializeAsync()
    {
        app = provider.App(allowNewPeople: false);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        provider.Dispose();
    }
}
