namespace Forbedring.Statistics;

/// <summary>
/// One point (subgroup) of an analysed chart. Values are after <c>multiply</c>; any value that is
/// not finite or not defined is null, never NaN or infinity.
/// </summary>
public readonly record struct AnalysedPoint
{
    public required string X { get; init; }
    public double? Y { get; init; }

    /// <summary>Sum of the subgroup's denominators; 0 when they were all missing; null without denominators.</summary>
    public double? N { get; init; }

    public double? CenterLine { get; init; }
    public double? LowerLimit { get; init; }
    public double? UpperLimit { get; init; }
    public double? LowerLimit95 { get; init; }
    public double? UpperLimit95 { get; init; }

    /// <summary>y strictly outside the 3-sigma limits; false when either side is null.</summary>
    public bool SigmaSignal { get; init; }

    public int Part { get; init; }
    public bool Baseline { get; init; }
    public bool Included { get; init; }

    /// <summary>NHS point type (special_cause_improvement, …, common_cause); null for other rule sets and excluded points.</summary>
    public string? PointType { get; init; }

    /// <summary>Xbar and S charts only: non-missing observations in the subgroup.</summary>
    public int? YLength { get; init; }

    /// <summary>Xbar and S charts only: subgroup mean (not multiplied).</summary>
    public double? YMean { get; init; }

    /// <summary>Xbar and S charts only: subgroup sample SD, null with fewer than 2 observations (not multiplied).</summary>
    public double? YSd { get; init; }
}
