namespace Forbedring.Statistics.Verdicts;

/// <summary>
/// Will the target be met? Judged on the limits at the last point of the series (NHS "assurance"):
/// a target beyond a limit is met every time, or missed every time; between them it is hit and miss.
/// </summary>
internal static class Assurance
{
    public const string ConsistentPass = "consistent_pass";
    public const string ConsistentFail = "consistent_fail";
    public const string Inconsistent = "inconsistent";

    /// <summary>Null without a target, with a neutral direction, or for a chart without limits. Undefined limits give "inconsistent".</summary>
    public static string? Judge(double? target, ImprovementDirection direction, bool chartHasLimits, double? lower, double? upper)
    {
        if (target is not { } t || direction == ImprovementDirection.Neutral || !chartHasLimits)
        {
            return null;
        }

        if (upper is { } u && t > u)
        {
            // The whole process runs below the target.
            return direction == ImprovementDirection.Up ? ConsistentFail : ConsistentPass;
        }

        if (lower is { } l && t < l)
        {
            return direction == ImprovementDirection.Up ? ConsistentPass : ConsistentFail;
        }

        return Inconsistent;
    }

    public static AssuranceKind? Kind(string? assurance) => assurance switch
    {
        ConsistentPass => AssuranceKind.Pass,
        ConsistentFail => AssuranceKind.Fail,
        Inconsistent => AssuranceKind.HitAndMiss,
        _ => null,
    };
}
