using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Accounts;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Security;

/// <summary>
/// The rate limits, each test on an app of its own with tiny allowances. An allowance of n a minute
/// refills one permit every 60/n seconds, so each test uses its allowance up well within that. In
/// the test server every caller has the same (unknown) address: two clients there are two browsers
/// behind one address.
/// </summary>
public sealed class RateLimitTests
{
    private const string Analyse = "query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { variation } }";

    private static readonly object Series = new
    {
        chart = "I",
        observations = Enumerable.Range(1, 5).Select(i => new { x = i.ToString(), y = (double)i }),
    };

    [Fact]
    public async Task Sign_in_is_refused_with_429_once_an_address_has_used_its_allowance()
    {
        // Two a minute: the next permit comes 30 seconds later, far beyond this test's slowest run.
        await using var factory = ApiFactory.WithSettings(("Limits:SignInPerMinute", "2"));
        var http = factory.Browser();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SignInAsync("ingen@test.forbedring.no", "feil-passord-her")).StatusCode);

        await AssertRateLimitedAsync(await http.SignInAsync("ingen@test.forbedring.no", "feil-passord-her"));
        // Per address, not per browser: a fresh client from the same address is refused too.
        await AssertRateLimitedAsync(await factory.Browser().SignInAsync("annen@test.forbedring.no", "feil-passord-her"));
        // Registration and password reset draw on the same allowance.
        await AssertRateLimitedAsync(await http.RegisterAsync("ny@test.forbedring.no", "Ny Person"));
        await AssertRateLimitedAsync(await http.PostAsJsonAsync("/api/auth/password-reset/request", new { email = "ny@test.forbedring.no" }));
        await AssertRateLimitedAsync(await http.PostAsJsonAsync("/api/auth/password-reset/complete", new { token = "x", newPassword = "nytt-passord-her" }));
        // GraphQL has an allowance of its own.
        Assert.Equal(HttpStatusCode.OK, (await AnalyseAsync(http)).StatusCode);
    }

    [Fact]
    public async Task A_signed_out_caller_gets_429_with_a_graphql_error_after_its_allowance_of_analyze_series()
    {
        await using var factory = ApiFactory.WithSettings(("Limits:GraphQLSignedOutPerMinute", "3"));
        var http = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await AnalyseAsync(http);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            (await allowed.JsonAsync()).Data().GetProperty("analyzeSeries");
        }

        var refused = await AnalyseAsync(http);
        var error = await AssertRateLimitedAsync(refused);
        // GraphQL clients read message and extensions.code; bokmål unless English is asked for.
        Assert.Equal(error.GetProperty("messageNb").GetString(), error.GetProperty("message").GetString());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());

        var english = await AssertRateLimitedAsync(await AnalyseAsync(factory.CreateClient(), language: "en-GB"));
        Assert.Equal(english.GetProperty("messageEn").GetString(), english.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Each_signed_in_person_has_an_allowance_of_their_own_above_the_signed_out_one()
    {
        await using var factory = ApiFactory.WithSettings(("Limits:GraphQLPerMinute", "3"), ("Limits:GraphQLSignedOutPerMinute", "1"));
        var admin = await factory.AdminAsync();
        var kari = await factory.InvitedAsync("kari@test.forbedring.no", "Kari Nordmann");

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await AnalyseAsync(admin)).StatusCode);
        await AssertRateLimitedAsync(await AnalyseAsync(admin));

        // Same address, another person: the administrator's use does not count against Kari.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await AnalyseAsync(kari)).StatusCode);
        await AssertRateLimitedAsync(await AnalyseAsync(kari));

        // Signed out, from that address: neither person's use counts, and the allowance is smaller.
        var signedOut = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await AnalyseAsync(signedOut)).StatusCode);
        await AssertRateLimitedAsync(await AnalyseAsync(signedOut));
    }

    [Theory]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task X_forwarded_for_decides_the_address_only_when_the_proxy_is_trusted(bool trusted, HttpStatusCode secondCaller)
    {
        await using var factory = ApiFactory.WithSettings(("Limits:GraphQLSignedOutPerMinute", "1"), ("Limits:TrustForwardedHeaders", trusted ? "true" : "false"));

        Assert.Equal(HttpStatusCode.OK, (await AnalyseAsync(factory.CreateClient(), forwardedFor: "203.0.113.1")).StatusCode);

        // Untrusted, the header is the caller's own claim and changes nothing: same address, same allowance.
        Assert.Equal(secondCaller, (await AnalyseAsync(factory.CreateClient(), forwardedFor: "203.0.113.2")).StatusCode);
    }

    [Fact]
    public async Task A_limit_that_is_not_a_positive_number_stops_the_app_at_start()
    {
        await using var factory = ApiFactory.WithSettings(("Limits:GraphQLPerMinute", "0"));

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("GraphQLPerMinute", failure.ToString());
    }

    private static Task<HttpResponseMessage> AnalyseAsync(HttpClient http, string? language = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Analyse, variables = new { input = Series } }) };
        if (language is not null)
            request.Headers.AcceptLanguage.ParseAdd(language);
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return http.SendAsync(request);
    }

    /// <summary>Asserts a refusal by a rate limit and returns its one error.</summary>
    private static async Task<JsonElement> AssertRateLimitedAsync(HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("code").GetString());
        Assert.Equal("", error.GetProperty("field").GetString());
        Assert.StartsWith("For mange forespørsler. Vent ", error.GetProperty("messageNb").GetString());
        Assert.StartsWith("Too many requests. Wait ", error.GetProperty("messageEn").GetString());
        return error;
    }
}
