namespace Forbedring.Statistics;

/// <summary>IHI run-chart rule results (Perla, Provost &amp; Murray 2011), one entry per part.</summary>
public sealed record IhiAnalysis(IReadOnlyList<IhiPartResult> Parts);

/// <summary>
/// IHI rules for one part. Positions are 1-based point positions in the whole series.
/// Astronomical points are only suggestions (points outside the I-chart limits of the same data); a person confirms them.
/// </summary>
public sealed record IhiPartResult(
    int Part,
    IReadOnlyList<int> ShiftPositions,
    IReadOnlyList<int> TrendPositions,
    IhiRunsTest Runs,
    IReadOnlyList<int> AstronomicalSuggestions)
{
    public bool Shift => ShiftPositions.Count > 0;
    public bool Trend => TrendPositions.Count > 0;
}

/// <summary>
/// The too-few/too-many runs rule. Applied only for 10 to 60 useful points; otherwise
/// <see cref="Applied"/> is false and the reason says why.
/// </summary>
public sealed record IhiRunsTest(
    bool Applied,
    int UsefulObservations,
    int? Runs,
    int? LowerLimit,
    int? UpperLimit,
    bool TooFew,
    bool TooMany,
    string? ReasonNb,
    string? ReasonEn)
{
    public bool Signal => TooFew || TooMany;
}
