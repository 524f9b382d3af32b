using System.Net.Http.Json;
using System.Text.Json;

namespace Forbedring.Load;

/// <summary>Posts GraphQL to the running app; any GraphQL or user error is an exception (counted as an error).</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonElement> SendAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException("GraphQL errors: " + errors);
        return body.GetProperty("data");
    }

    /// <summary>Runs a mutation and returns its payload's entity, failing on user errors.</summary>
    public async Task<JsonElement> MutateAsync(string field, string entity, string inputType, object input, string selection = "id")
    {
        var data = await SendAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {entity} {{ {selection} }} errors {{ code field messageEn }} }} }}", new { input });
        var payload = data.GetProperty(field);
        if (payload.GetProperty("errors").GetArrayLength() > 0)
            throw new InvalidOperationException($"{field}: {payload.GetProperty("errors")}");
        return payload.GetProperty(entity);
    }
}
