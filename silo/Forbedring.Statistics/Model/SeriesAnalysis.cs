namespace Forbedring.Statistics;

/// <summary>The result of analysing one series. Every double in it is finite or null.</summary>
public sealed record SeriesAnalysis(
    IReadOnlyList<AnalysedPoint> Points,
    IReadOnlyList<RunsAnalysis> Parts,
    string? Variation,
    string? Assurance,
    IReadOnlyList<string> Warnings,
    Verdict Verdict)
{
    /// <summary>The warnings with a code and both languages; <see cref="Warnings"/> holds their English text.</summary>
    public IReadOnlyList<AnalysisWarning> WarningDetails { get; init; } = [];

    /// <summary>IHI rule results, when the rule set is IHI.</summary>
    public IhiAnalysis? Ihi { get; init; }

    /// <summary>NHS "Making Data Count" groups (one per part), when the rule set is NHS.</summary>
    public IReadOnlyList<NhsGroup>? NhsGroups { get; init; }
}

/// <summary>Something the user should know, but that does not stop the analysis.</summary>
public sealed record AnalysisWarning(string Code, string MessageNb, string MessageEn);

/// <summary>The Anhøj runs analysis of one part.</summary>
public sealed record RunsAnalysis(
    int Part,
    int Observations,
    int UsefulObservations,
    bool RunsSignal,
    int? LongestRun,
    int? LongestRunMax,
    int? Crossings,
    int? CrossingsMin);

/// <summary>One NHS rebase group: the variation type of its last point and how many points of each type it has.</summary>
public sealed record NhsGroup(
    int Part,
    string VariationType,
    int CommonCause,
    int SpecialCauseImprovement,
    int SpecialCauseConcern,
    int SpecialCauseNeutralHigh,
    int SpecialCauseNeutralLow);
