using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Security;

/// <summary>GraphQL's own limits (GraphQL:MaxDepth): refused with a readable error, never a crash or a stack trace.</summary>
public sealed class QueryLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // 18 levels; the limit is 15.
    private const string Deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } } }";

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task A_query_deeper_than_the_limit_gets_a_clear_error_and_no_stack_trace(string accept, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Deep }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "nothing may execute");
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain(".cs:line", text);
        Assert.DoesNotContain("stack", text, StringComparison.OrdinalIgnoreCase);
    }
}
