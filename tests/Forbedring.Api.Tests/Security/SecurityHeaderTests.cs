using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Security;

public sealed class SecurityHeaderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/graphql?query=%7Bversion%7D")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_mutation_cannot_be_sent_as_a_form_post_from_another_site()
    {
        // A cross-site form can only send form or text bodies; the endpoint takes JSON only, so it never runs.
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = "mutation { createPerson(input: { name: \"x\" }) { errors { code } } }" });
        var response = await factory.CreateClient().PostAsync("/graphql", form);

        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var (_, people) = await factory.Admin().PostAsync("{ people { name } }");
        Assert.DoesNotContain(people.Data().GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "x");
    }
}
