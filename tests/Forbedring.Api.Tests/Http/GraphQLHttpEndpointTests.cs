using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Http;

public sealed class GraphQLHttpEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Fact]
    public async Task Post_of_a_query_answers_with_data()
    {
        var (response, body) = await factory.CreateClient().PostAsync("{ version }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.Data().GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Installation_records_its_start_in_the_table_store()
    {
        var (_, body) = await factory.Admin().PostAsync("{ installation { starts firstStartedAt } }");

        var installation = body.Data().GetProperty("installation");
        Assert.True(installation.GetProperty("starts").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.String, installation.GetProperty("firstStartedAt").ValueKind);
    }

    [Fact]
    public async Task Get_of_a_query_answers_with_data()
    {
        var response = await factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("query V { version }") + "&operationName=V");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.String, body.Data().GetProperty("version").ValueKind);
    }

    [Fact]
    public async Task Get_of_a_mutation_is_refused_with_405()
    {
        var response = await factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { version }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(",", h.Value))));
    }

    [Fact]
    public async Task Post_with_a_non_json_content_type_is_refused_with_415()
    {
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("{ version }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("application/json", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_with_broken_json_is_a_400_with_a_message()
    {
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, body.GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Post_without_a_query_is_a_400()
    {
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_syntax_error_is_400_for_graphql_response_json_and_200_for_plain_json()
    {
        var modern = await SendAsync("{ version ", GraphQLResponseJson);
        var legacy = await SendAsync("{ version ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal(GraphQLResponseJson, modern.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
        var body = await modern.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error_naming_it()
    {
        var response = await SendAsync("{ nosuchfield }", GraphQLResponseJson);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nosuchfield", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_a_406()
    {
        var response = await SendAsync("{ version }", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused()
    {
        const string deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } } }";
        var (_, body) = await factory.CreateClient().PostAsync(deep);

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Other_methods_are_not_served()
    {
        var response = await factory.CreateClient().PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string query, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await factory.CreateClient().SendAsync(request);
    }
}
