using System.Globalization;

namespace Forbedring.Statistics.Tests;

/// <summary>Small builders so each test reads as its data and its hand arithmetic.</summary>
internal static class TestData
{
    public const double Tolerance = 1e-6;

    /// <summary>Observations with x = "1", "2", … and no denominator.</summary>
    public static Observation[] Values(params double?[] ys) =>
        [.. ys.Select((y, i) => new Observation((i + 1).ToString(CultureInfo.InvariantCulture), y))];

    /// <summary>Observations with x = "1", "2", … and a denominator.</summary>
    public static Observation[] Ratios(params (double? Y, double? N)[] rows) =>
        [.. rows.Select((r, i) => new Observation((i + 1).ToString(CultureInfo.InvariantCulture), r.Y, r.N))];

    public static SeriesSpec Spec(ChartType chart, params double?[] ys) => new(chart, Values(ys));

    /// <summary>Rows for subgroups x = "1", "2", …, one row per value.</summary>
    public static Observation[] Subgroups(params double[][] groups) =>
        [.. groups.SelectMany((g, i) => g.Select(v => new Observation((i + 1).ToString(CultureInfo.InvariantCulture), v)))];

    public static SeriesAnalysis Analyze(SeriesSpec spec)
    {
        var outcome = SeriesAnalyzer.Analyze(spec);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code} {e.Field}: {e.MessageEn}")));
        return outcome.Analysis;
    }

    public static IReadOnlyList<AnalysisError> Errors(SeriesSpec spec)
    {
        var outcome = SeriesAnalyzer.Analyze(spec);
        Assert.False(outcome.Succeeded);
        Assert.NotEmpty(outcome.Errors);
        return outcome.Errors;
    }

    public static void Near(double expected, double? actual)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
    }
}
