namespace Forbedring.Statistics.Charts;

/// <summary>3-sigma and 2-sigma limits before <c>multiply</c>; NaN or infinity means undefined.</summary>
internal readonly record struct Limits(double Lower, double Upper, double Lower95, double Upper95)
{
    public static readonly Limits None = new(double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>
/// The centre line and limits of one part. Most charts have limits that are constant within a part;
/// only charts whose limits depend on each subgroup's size keep an array, so a million-point I chart
/// allocates nothing per point here.
/// </summary>
internal sealed class PartLines
{
    public PartLines(double center, Limits constant)
    {
        Center = center;
        Constant = constant;
    }

    public PartLines(double center, Limits[] perPoint)
    {
        Center = center;
        Constant = Limits.None;
        PerPoint = perPoint;
    }

    public double Center { get; }

    public Limits Constant { get; }

    /// <summary>Limits per point of the part (index relative to the part's first point), or null when constant.</summary>
    public Limits[]? PerPoint { get; }

    public bool HasLimits { get; init; } = true;

    public Limits At(int offset) => PerPoint is null ? Constant : PerPoint[offset];

    public static PartLines CenterOnly(double center) => new(center, Limits.None) { HasLimits = false };
}
