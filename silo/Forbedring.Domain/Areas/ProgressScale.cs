namespace Forbedring.Domain.Areas;

/// <summary>The IHI collaborative assessment scale: 1.0 (forming a team) to 5.0 (outstanding sustainable results) in half steps.</summary>
public static class ProgressScale
{
    public const double Min = 1.0;
    public const double Max = 5.0;

    public static bool IsOnScale(double score) =>
        double.IsFinite(score) && score >= Min && score <= Max && Math.Abs(score * 2 - Math.Round(score * 2)) < 1e-9;
}
