namespace Forbedring.Statistics;

/// <summary>One input row. Rows sharing <see cref="X"/> form one subgroup.</summary>
public sealed record Observation(string X, double? Y, double? N = null);

/// <summary>Everything needed to analyse one series; defaults match the GraphQL contract.</summary>
public sealed record SeriesSpec(ChartType Chart, IReadOnlyList<Observation> Observations)
{
    public XKind XKind { get; init; } = XKind.Index;

    /// <summary>Points 1..Freeze form the baseline. Ignored when <see cref="Parts"/> is given.</summary>
    public int? Freeze { get; init; }

    /// <summary>The last point (1-based) of each part before a split.</summary>
    public IReadOnlyList<int>? Parts { get; init; }

    /// <summary>1-based point positions (after aggregation) left out of centre line, limits and rules.</summary>
    public IReadOnlyList<int>? Exclude { get; init; }

    public double Multiply { get; init; } = 1;
    public bool ScreenMovingRanges { get; init; } = true;
    public RuleSet RuleSet { get; init; } = RuleSet.Anhoej;
    public ImprovementDirection Direction { get; init; } = ImprovementDirection.Neutral;
    public double? Target { get; init; }
}
