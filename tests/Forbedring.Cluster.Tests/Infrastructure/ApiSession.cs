using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Load;

namespace Forbedring.Cluster.Tests.Infrastructure;

/// <summary>One signed-in person against the api: the load tool's administrator account on a fresh store.</summary>
public sealed class ApiSession : IDisposable
{
    private readonly HttpClient http;

    private ApiSession(HttpClient http)
    {
        this.http = http;
        Api = new GraphQLClient(http);
        Fixtures = new Fixtures(Api);
    }

    /// <summary>Throws on any error: for setting the scene while everything runs.</summary>
    public GraphQLClient Api { get; }

    public Fixtures Fixtures { get; }

    /// <summary>The signed-in connection itself, for what GraphQLClient does not do (event streams).</summary>
    public HttpClient Http => http;

    public static async Task<ApiSession> SignInAsync(Uri api)
    {
        // Longer than any bound the api sets itself, so a hang shows as a hang and not as our timeout.
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(45) };
        await LoadAccount.SignInAsync(http);
        return new ApiSession(http);
    }

    public const string LogMutation =
        "mutation($input: LogMeasurementInput!) { logMeasurement(input: $input) { point { period } errors { code messageEn } } }";

    /// <summary>One logMeasurement as a client sees it: acknowledged, refused as retryable, or failed otherwise.</summary>
    public async Task<Attempt> LogAsync(string measureId, string period)
    {
        var started = Stopwatch.GetTimestamp();
        var at = DateTime.UtcNow;
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql",
                new { query = LogMutation, variables = new { input = new { measureId, period, numerator = 3.0, denominator = 10.0 } } });
            var text = await response.Content.ReadAsStringAsync();
            var took = Stopwatch.GetElapsedTime(started);
            var body = JsonDocument.Parse(text).RootElement;
            if (response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _) &&
                body.GetProperty("data").GetProperty("logMeasurement").GetProperty("errors").GetArrayLength() == 0)
                return new Attempt(measureId, period, at, took, Outcome.Acknowledged, null);
            var code = ErrorCode(body);
            var retryable = response.StatusCode == HttpStatusCode.ServiceUnavailable && code is "STORAGE_UNAVAILABLE" or "CLUSTER_UNAVAILABLE"
                && response.Headers.RetryAfter is not null;
            return new Attempt(measureId, period, at, took, retryable ? Outcome.Retryable : Outcome.Failed,
                $"{(int)response.StatusCode} {code}: {Shorten(text)}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new Attempt(measureId, period, at, Stopwatch.GetElapsedTime(started), Outcome.Failed, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The periods a measure holds now.</summary>
    public async Task<IReadOnlySet<string>> PeriodsAsync(string measureId)
    {
        var data = await Api.SendAsync("query($id: ID!) { measure(id: $id) { points { period } } }", new { id = measureId });
        return data.GetProperty("measure").GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("period").GetString()!)
            .ToHashSet();
    }

    private static string? ErrorCode(JsonElement body)
    {
        if (!body.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
            return null;
        var first = errors[0];
        if (first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code))
            return code.GetString();
        return first.TryGetProperty("code", out var plain) ? plain.GetString() : null;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    public void Dispose() => http.Dispose();
}

public enum Outcome
{
    Acknowledged,
    Retryable,
    Failed,
}

public sealed record Attempt(string MeasureId, string Period, DateTime At, TimeSpan Took, Outcome Outcome, string? Problem)
{
    public DateTime Finished => At + Took;
}
