using System.Text.Json;
using Forbedring.Statistics;

namespace Forbedring.Abstractions.Measures;

// The statistics library stays free of Orleans attributes. Its types cross grain calls through
// surrogates registered here, in the contract assembly, so every silo and every client that
// references Abstractions can serialize them without any set-up of its own.

/// <summary>An analysis on the wire: the library's own record as JSON (it is plain data, finite or null).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.SeriesAnalysisSurrogate")]
public readonly record struct SeriesAnalysisSurrogate([property: Id(0)] string Json);

[RegisterConverter]
public sealed class SeriesAnalysisConverter : IConverter<SeriesAnalysis, SeriesAnalysisSurrogate>
{
    public SeriesAnalysis ConvertFromSurrogate(in SeriesAnalysisSurrogate surrogate) =>
        JsonSerializer.Deserialize<SeriesAnalysis>(surrogate.Json)!;

    public SeriesAnalysisSurrogate ConvertToSurrogate(in SeriesAnalysis value) => new(JsonSerializer.Serialize(value));
}
