using System.Text.Json;

namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>Small helpers for the shapes every mutation returns: { entity, errors }.</summary>
public static class Gql
{
    /// <summary>Runs a mutation and returns its payload's entity, failing the test on any error.</summary>
    public static async Task<JsonElement> MutateOkAsync(this HttpClient http, string field, string entity, string input, object variables, string selection)
    {
        var (_, body) = await http.PostAsync($"mutation($input: {input}!) {{ {field}(input: $input) {{ {entity} {{ {selection} }} errors {{ code field message }} }} }}", new { input = variables });
        var payload = body.Data().GetProperty(field);
        var errors = payload.GetProperty("errors");
        if (errors.GetArrayLength() > 0)
            throw new Xunit.Sdk.XunitException($"{field} returned errors: {errors}");
        return payload.GetProperty(entity);
    }

    /// <summary>Runs a mutation that must fail and returns its errors (the entity must be null).</summary>
    public static async Task<JsonElement> MutateErrorsAsync(this HttpClient http, string field, string entity, string input, object variables)
    {
        var (_, body) = await http.PostAsync($"mutation($input: {input}!) {{ {field}(input: $input) {{ {entity} {{ __typename }} errors {{ code field message messageNb messageEn }} }} }}", new { input = variables });
        var payload = body.Data().GetProperty(field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(entity).ValueKind);
        var errors = payload.GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0, $"{field} should have failed");
        return errors;
    }

    public static IEnumerable<string> Codes(this JsonElement errors) =>
        errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    public static IEnumerable<string> Fields(this JsonElement errors) =>
        errors.EnumerateArray().Select(e => e.GetProperty("field").GetString()!);

    public static string Id(this JsonElement entity) => entity.GetProperty("id").GetString()!;
}
