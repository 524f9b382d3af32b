using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Forbedring.Statistics.Benchmarks;

/// <summary>
/// One analyzeSeries call with 1,000 points against the running app, over HTTP: JSON in, GraphQL
/// parse and validation, the engine, JSON out. `./forbedring bench` starts a fresh app and passes its
/// address in FORBEDRING_URL; without it this benchmark says so and stops.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class AnalyzeSeriesRoundTrip
{
    public const string UrlVariable = "FORBEDRING_URL";

    private const string Query =
        "query($input: SeriesAnalysisInput!) { analyzeSeries(input: $input) { " +
        "points { x y centerLine lowerLimit upperLimit lowerLimit95 upperLimit95 sigmaSignal part baseline included } " +
        "parts { part observations usefulObservations runsSignal longestRun longestRunMax crossings crossingsMin } warnings } }";

    private HttpClient _http = null!;
    private byte[] _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{UrlVariable} is not set: run this benchmark with ./forbedring bench, which starts the app.");
        _http = new HttpClient { BaseAddress = new Uri(url) };
        var observations = Series.Measurements(1_000, 4).Select(o => new { x = o.X, y = o.Y });
        _body = JsonSerializer.SerializeToUtf8Bytes(new { query = Query, variables = new { input = new { chart = "I", observations } } });

        // One call outside the measurement proves the endpoint answers the question, not an error.
        var answer = Post();
        if (!answer.Contains("\"centerLine\"", StringComparison.Ordinal) || answer.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("analyzeSeries did not answer with an analysis: " + answer[..Math.Min(answer.Length, 500)]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// request {_body.Length:N0} bytes, answer {Encoding.UTF8.GetByteCount(answer):N0} bytes"));
    }

    [Benchmark]
    public int AnalyzeSeries1000Points() => Post().Length;

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    private string Post()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = _http.PostAsync("/graphql", content).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }
}
