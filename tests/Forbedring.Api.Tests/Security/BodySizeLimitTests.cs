using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forbedring.Api.Tests.Accounts;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Security;

/// <summary>Request bodies above <c>Limits:MaxBodyBytes</c> (here 1 KB) are refused before any endpoint reads them.</summary>
public sealed class BodySizeLimitTests : IAsyncLifetime
{
    private const int Limit = 1024;

    private readonly ApiFactory factory = ApiFactory.WithSettings(("Limits:MaxBodyBytes", Limit.ToString()));

    private static string Padding => new('x', 2 * Limit);

    [Fact]
    public async Task An_oversized_graphql_request_is_a_413_with_a_graphql_error_naming_the_limit()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query = $"# {Padding}\n{{ version }}" });

        var error = await AssertTooLargeAsync(response);
        Assert.Equal(error.GetProperty("messageNb").GetString(), error.GetProperty("message").GetString());
        Assert.Equal("REQUEST_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_oversized_sign_in_is_a_413_and_one_within_the_limit_is_answered_as_usual()
    {
        var http = factory.Browser();

        var error = await AssertTooLargeAsync(await http.SignInAsync("ingen@test.forbedring.no", Padding));
        Assert.False(error.TryGetProperty("message", out _), "the account endpoints keep their own error shape");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SignInAsync("ingen@test.forbedring.no", "feil-passord-her")).StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_counted_as_it_arrives()
    {
        var http = factory.CreateClient();

        await AssertTooLargeAsync(await http.SendAsync(Chunked(JsonSerializer.Serialize(new { query = $"# {Padding}\n{{ version }}" }))));

        var small = await http.SendAsync(Chunked(JsonSerializer.Serialize(new { query = "{ version }" })));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(JsonValueKind.String, (await small.JsonAsync()).Data().GetProperty("version").ValueKind);
    }

    /// <summary>A POST to /graphql whose length the client does not know, so it is sent chunked.</summary>
    private static HttpRequestMessage Chunked(string json)
    {
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    private static async Task<JsonElement> AssertTooLargeAsync(HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("REQUEST_TOO_LARGE", error.GetProperty("code").GetString());
        Assert.Equal("Forespørselen er for stor. Grensen er 1 KB.", error.GetProperty("messageNb").GetString());
        Assert.Equal("The request is too large. The limit is 1 KB.", error.GetProperty("messageEn").GetString());
        return error;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>A stream that cannot seek, so HttpClient cannot tell its length up front.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
