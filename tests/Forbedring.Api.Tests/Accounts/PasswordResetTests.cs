using System.Net;
using System.Net.Http.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

public sealed class PasswordResetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string NewPassword = "et-helt-nytt-passord";

    [Fact]
    public async Task An_administrator_gets_a_reset_link_for_another_user_who_sets_a_new_password_once()
    {
        await factory.InvitedAsync("glemsk@test.forbedring.no", "Gunn Glemsk");
        var admin = await factory.AdminAsync();

        var requested = await admin.PostAsJsonAsync("/api/auth/password-reset/request", new { email = "Glemsk@test.forbedring.no" });
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var link = (await requested.JsonAsync()).GetProperty("link").GetString()!;
        Assert.Contains("/nytt-passord#token=", link);
        var token = AccountClient.TokenOf(link);

        var user = factory.Browser();
        var completed = await user.PostAsJsonAsync("/api/auth/password-reset/complete", new { token, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.SignInAsync("glemsk@test.forbedring.no")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.SignInAsync("glemsk@test.forbedring.no", NewPassword)).StatusCode);

        var reused = await user.PostAsJsonAsync("/api/auth/password-reset/complete", new { token, newPassword = "enda-et-nytt-passord" });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(["TOKEN_INVALID"], (await reused.JsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task A_reset_link_expires_after_an_hour()
    {
        await factory.InvitedAsync("treg@test.forbedring.no", "Trond Treg");
        var admin = await factory.AdminAsync();
        var link = (await (await admin.PostAsJsonAsync("/api/auth/password-reset/request", new { email = "treg@test.forbedring.no" })).JsonAsync())
            .GetProperty("link").GetString()!;

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var completed = await factory.Browser().PostAsJsonAsync("/api/auth/password-reset/complete", new { token = AccountClient.TokenOf(link), newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, completed.StatusCode);
        Assert.Equal(["TOKEN_INVALID"], (await completed.JsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Anyone_else_gets_the_same_202_without_a_link_whether_or_not_the_account_exists()
    {
        await factory.InvitedAsync("finnes@test.forbedring.no", "Finn Finnes");
        var stranger = factory.Browser();

        var known = await stranger.PostAsJsonAsync("/api/auth/password-reset/request", new { email = "finnes@test.forbedring.no" });
        var unknown = await stranger.PostAsJsonAsync("/api/auth/password-reset/request", new { email = "ingen@test.forbedring.no" });
        var unknownToAdmin = await (await factory.AdminAsync()).PostAsJsonAsync("/api/auth/password-reset/request", new { email = "ingen@test.forbedring.no" });

        Assert.All(new[] { known, unknown, unknownToAdmin }, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal("", await known.Content.ReadAsStringAsync());
        Assert.Equal("", await unknown.Content.ReadAsStringAsync());
        Assert.Equal("", await unknownToAdmin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_made_up_token_is_a_clear_400()
    {
        var response = await factory.Browser().PostAsJsonAsync("/api/auth/password-reset/complete", new { token = "dette-er-ikke-en-ekte-lenke-123", newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("token", error.GetProperty("field").GetString());
        Assert.Contains("utløpt", error.GetProperty("messageNb").GetString());
    }
}
