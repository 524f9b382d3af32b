using System.Net;
using System.Net.Http.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

public sealed class SignInTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_SameSite_Strict_Secure_cookie_and_me_names_the_person()
    {
        await factory.InvitedAsync("signe@test.forbedring.no", "Signe Innlogget");
        var http = factory.Browser();

        var response = await http.SignInAsync("  Signe@Test.Forbedring.no ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("forbedring.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await http.MeAsync();
        Assert.Equal("Signe Innlogget", me.GetProperty("name").GetString());
        Assert.Equal("signe@test.forbedring.no", me.GetProperty("email").GetString());
        Assert.False(me.GetProperty("isAdministrator").GetBoolean());
        Assert.StartsWith("person_", me.GetProperty("personId").GetString());
    }

    [Fact]
    public async Task A_wrong_password_is_401_with_a_message_in_both_languages_and_an_unknown_address_looks_the_same()
    {
        await factory.InvitedAsync("feil@test.forbedring.no", "Frida Feil");

        var wrong = await factory.Browser().SignInAsync("feil@test.forbedring.no", "ikke-passordet");
        var unknown = await factory.Browser().SignInAsync("finnes-ikke@test.forbedring.no", "ikke-passordet");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var error = (await wrong.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("WRONG_EMAIL_OR_PASSWORD", error.GetProperty("code").GetString());
        Assert.Equal("Feil e-postadresse eller passord.", error.GetProperty("messageNb").GetString());
        Assert.Equal("Wrong e-mail address or password.", error.GetProperty("messageEn").GetString());
        Assert.Equal((await wrong.JsonAsync()).ToString(), (await unknown.JsonAsync()).ToString());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_15_minutes_even_against_the_right_password()
    {
        await factory.InvitedAsync("laas@test.forbedring.no", "Lars Låst");
        var http = factory.Browser();

        for (var i = 1; i <= 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SignInAsync("laas@test.forbedring.no", $"gjetning-nr-{i}")).StatusCode);
        var fifth = await http.SignInAsync("laas@test.forbedring.no", "gjetning-nr-5");
        var right = await http.SignInAsync("laas@test.forbedring.no");

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        var body = await right.JsonAsync();
        Assert.Equal(["LOCKED_OUT"], body.ErrorCodes());
        var until = body.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.InRange(until - factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await http.SignInAsync("laas@test.forbedring.no")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var http = await factory.InvitedAsync("ut@test.forbedring.no", "Ulla Utlogget");
        await http.MeAsync();

        var response = await http.PostAsync("/api/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_GraphQL_mutation_after_signing_in_records_the_signed_in_person()
    {
        await factory.AdminAsync();
        var http = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await http.SignInAsync(SignedInClients.AdminEmail)).StatusCode);
        var me = (await http.MeAsync()).GetProperty("personId").GetString();

        var network = await http.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Nettverket til Nils" },
            "members { role person { id name } } created { personId name }");

        var member = Assert.Single(network.GetProperty("members").EnumerateArray());
        Assert.Equal("FACILITATOR", member.GetProperty("role").GetString());
        Assert.Equal(me, member.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(me, network.GetProperty("created").GetProperty("personId").GetString());
        Assert.Equal("Ada Administrator", network.GetProperty("created").GetProperty("name").GetString());
    }
}
