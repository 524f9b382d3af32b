using System.Net;
using System.Text;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Security;

/// <summary>
/// A page on another site can make a signed-in browser send simple requests (a form post, text/plain,
/// a GET link) with whatever cookie it has. None of them may change anything: mutations are only
/// taken as POST with a JSON body, which a browser sends cross-site only after a CORS preflight we
/// never grant, and the cookie is SameSite=Strict besides.
/// </summary>
public sealed class CsrfTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Mutation = "mutation { createService(input: { name: \"Fra en annen side\" }) { service { id } } }";

    public static TheoryData<string, string> SimpleBodies() => new()
    {
        { "text/plain", "{\"query\": \"" + Mutation.Replace("\"", "\\\"") + "\"}" },
        { "application/x-www-form-urlencoded", "query=" + Uri.EscapeDataString(Mutation) },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + Mutation + "\r\n--x--\r\n" },
    };

    [Theory]
    [MemberData(nameof(SimpleBodies))]
    public async Task A_mutation_in_a_body_a_browser_may_send_cross_site_is_refused_and_writes_nothing(string contentType, string body)
    {
        var http = factory.Admin();
        var before = await ServiceCountAsync(http);
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await ServiceCountAsync(http));
    }

    [Fact]
    public async Task A_mutation_in_a_link_is_refused_and_writes_nothing()
    {
        var http = factory.Admin();
        var before = await ServiceCountAsync(http);

        var response = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString(Mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(before, await ServiceCountAsync(http));
    }

    [Fact]
    public async Task The_same_mutation_as_JSON_from_the_app_itself_goes_through()
    {
        var http = factory.Admin();
        var before = await ServiceCountAsync(http);

        var (response, _) = await http.PostAsync(Mutation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await ServiceCountAsync(http));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_never_sent_cross_site_nor_read_by_scripts()
    {
        await factory.AdminAsync();

        var response = await factory.CreateClient().PostAsync("/api/auth/sign-in",
            new StringContent($"{{\"email\":\"{SignedInClients.AdminEmail}\",\"password\":\"{SignedInClients.Password}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("forbedring.auth=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<int> ServiceCountAsync(HttpClient http)
    {
        var (_, body) = await http.PostAsync("{ services { id } }");
        return body.Data().GetProperty("services").GetArrayLength();
    }
}
