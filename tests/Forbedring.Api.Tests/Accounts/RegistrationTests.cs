using System.Net;
using System.Net.Http.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

public sealed class RegistrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_first_to_register_becomes_administrator_and_a_second_without_invitation_is_refused()
    {
        var first = await factory.AdminAsync();
        var me = await first.MeAsync();
        Assert.True(me.GetProperty("isAdministrator").GetBoolean());
        Assert.Equal(SignedInClients.AdminEmail, me.GetProperty("email").GetString());
        Assert.Equal("Ada Administrator", me.GetProperty("name").GetString());

        var second = await factory.Browser().RegisterAsync("andre@test.forbedring.no", "Bodil Bruker");
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        var body = await second.JsonAsync();
        Assert.Equal(["REGISTRATION_CLOSED"], body.ErrorCodes());
        Assert.Contains("invitasjon", body.GetProperty("errors")[0].GetProperty("messageNb").GetString());
    }

    [Fact]
    public async Task A_short_password_and_a_bad_address_are_refused_naming_the_fields()
    {
        var response = await factory.Browser().RegisterAsync("ikke-en-adresse", "Kari", password: "kort");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        var password = Assert.Single(errors, e => e.GetProperty("field").GetString() == "password");
        Assert.Equal("PASSWORD_TOO_SHORT", password.GetProperty("code").GetString());
        Assert.Contains("minst 10 tegn", password.GetProperty("messageNb").GetString());
        Assert.Contains("at least 10 characters", password.GetProperty("messageEn").GetString());
        Assert.Single(errors, e => e.GetProperty("field").GetString() == "email" && e.GetProperty("code").GetString() == "NOT_AN_EMAIL");
    }

    [Fact]
    public async Task Me_without_signing_in_is_401_not_a_redirect()
    {
        var response = await factory.Browser().GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Inviting_needs_a_signed_in_caller()
    {
        var response = await factory.Browser().PostAsJsonAsync("/api/invitations", new { email = "x@test.forbedring.no" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
