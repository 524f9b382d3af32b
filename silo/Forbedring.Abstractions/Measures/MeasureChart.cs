using Forbedring.Abstractions.Common;
using Forbedring.Statistics;

namespace Forbedring.Abstractions.Measures;

/// <summary>
/// The chart in force and the statistics library's analysis of the series. <see cref="Analysis"/>
/// is null when the series cannot be analysed; <see cref="Errors"/> then says why.
/// Forbedring.Statistics types cross the wire as JSON (registered in the silo set-up).
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeasureChart")]
public sealed record MeasureChart(
    [property: Id(0)] ChartChoice Choice,
    [property: Id(1)] RuleSet RuleSet,
    [property: Id(2)] IReadOnlyList<string> Periods,
    [property: Id(3)] SeriesAnalysis? Analysis,
    [property: Id(4)] IReadOnlyList<UserError> Errors)
{
    /// <summary>
    /// What the automatic choice would be for the series now, also when the team chose another chart:
    /// a person about to switch back to automatic sees what they would get.
    /// </summary>
    [Id(5)] public ChartChoice? Automatic { get; init; }
}

/// <summary>Which chart is used and why: chosen by the team, or the automatic default for the data.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ChartChoice")]
public sealed record ChartChoice(
    [property: Id(0)] ChartType Chart,
    [property: Id(1)] bool Automatic,
    [property: Id(2)] string ReasonNb,
    [property: Id(3)] string ReasonEn);

/// <summary>A measure as the network overview shows it.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeasureSummary")]
public sealed record MeasureSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string AreaId,
    [property: Id(2)] string Name,
    [property: Id(3)] MeasureKind Kind,
    [property: Id(4)] DataKind DataKind,
    [property: Id(5)] string? LatestPeriod,
    [property: Id(6)] double? LatestValue,
    [property: Id(7)] int PointCount,
    [property: Id(8)] Stamp? LastLogged,
    [property: Id(9)] VariationKind? Variation,
    [property: Id(10)] AssuranceKind? Assurance,
    [property: Id(11)] string? VerdictNb,
    [property: Id(12)] string? VerdictEn,
    [property: Id(13)] ChartType Chart)
{
    /// <summary>Everyone who logged the current points: shows whether staff, not only leaders, take part.</summary>
    [Id(14)] public IReadOnlyList<string> LoggedBy { get; init; } = [];

    /// <summary>The last points as charted (up to 24), for a sparkline.</summary>
    [Id(15)] public IReadOnlyList<double?> Recent { get; init; } = [];
}

/// <summary>What a CSV import found, row by row; <see cref="Written"/> is 0 on a dry run or when any row is bad.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.CsvImportResult")]
public sealed record CsvImportResult(
    [property: Id(0)] IReadOnlyList<CsvRowResult> Rows,
    [property: Id(1)] int Written,
    [property: Id(2)] bool DryRun,
    [property: Id(3)] IReadOnlyList<UserError> Errors) : Common.IOutcome
{
    bool Common.IOutcome.Changed => !DryRun && Written > 0;

    object? Common.IOutcome.Subject => null;

    public bool Succeeded => Errors.Count == 0 && Rows.All(r => r.Errors.Count == 0);
}

/// <summary>One data row of the CSV by its line number (the header is line 1).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.CsvRowResult")]
public sealed record CsvRowResult(
    [property: Id(0)] int Line,
    [property: Id(1)] PointInput? Point,
    [property: Id(2)] bool Replaces,
    [property: Id(3)] IReadOnlyList<UserError> Errors);
