using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Measures;

/// <summary>
/// One measure and its series of data points, keyed by the measure's id. The definition and chart
/// settings are grain state; the points, their history and annotations are table rows of their own.
/// </summary>
[Alias("Forbedring.IMeasureGrain")]
public interface IMeasureGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<MeasureView?> Get();

    /// <summary>Creates the measure in an improvement area and links it there.</summary>
    [Alias("Create")] Task<Result<MeasureView>> Create(string areaId, MeasureDefinition definition, string? templateMeasureId, Actor actor);

    [Alias("Update")] Task<Result<MeasureView>> Update(MeasureDefinition definition, int expectedVersion, Actor actor);

    [Alias("UpdateChartSettings")] Task<Result<MeasureView>> UpdateChartSettings(ChartSettingsInput input, int expectedVersion, Actor actor);

    /// <summary>Every point in period order, with its history, annotations and exclusion.</summary>
    [Alias("GetPoints")] Task<IReadOnlyList<MeasurePoint>> GetPoints();

    /// <summary>Logs (or corrects) one period; acknowledged once the rows are durably written.</summary>
    [Alias("Log")] Task<Result<MeasurePoint>> Log(PointInput input, Actor actor);

    /// <summary>One observation: adds 1 to the period's denominator and 0/1 to its numerator (counts add 1).</summary>
    [Alias("LogTally")] Task<Result<MeasurePoint>> LogTally(TallyInput input, Actor actor);

    /// <summary>Several periods at once: all validated first, nothing written if any is invalid.</summary>
    [Alias("LogMany")] Task<Result<IReadOnlyList<MeasurePoint>>> LogMany(IReadOnlyList<PointInput> points, Actor actor);

    [Alias("Annotate")] Task<Result<MeasurePoint>> Annotate(string period, string text, Actor actor);

    [Alias("Exclude")] Task<Result<MeasurePoint>> Exclude(string period, string reason, Actor actor);

    [Alias("Include")] Task<Result<MeasurePoint>> Include(string period, Actor actor);

    /// <summary>The chart in force (chosen or automatic) and the analysis of the series; cached until data or settings change.</summary>
    [Alias("GetChart")] Task<MeasureChart?> GetChart();

    /// <summary>What the network overview shows of this measure.</summary>
    [Alias("GetSummary")] Task<MeasureSummary?> GetSummary();

    [Alias("ImportCsv")] Task<CsvImportResult> ImportCsv(string csv, bool dryRun, Actor actor);

    /// <summary>The series as CSV (semicolon separated, decimal comma), or null for an unknown measure.</summary>
    [Alias("ExportCsv")] Task<string?> ExportCsv();
}
