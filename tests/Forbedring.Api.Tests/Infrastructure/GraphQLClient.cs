using System.Net.Http.Json;
using System.Text.Json;

namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to the real /graphql endpoint and hands back the parsed body.</summary>
public static class GraphQLClient
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(
        this HttpClient http, string query, object? variables = null)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response, body);
    }

    public static JsonElement Data(this JsonElement body)
    {
        if (body.TryGetProperty("errors", out var errors))
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors);
        return body.GetProperty("data");
    }
}
