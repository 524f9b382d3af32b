namespace Forbedring.Statistics.Charts;

/// <summary>3-sigma and 2-sigma limits before <c>multiply</c>; NaN or infinity means undefined.</summary>
internal readonly record struct Limits(double Lower, double Upper, double Lower95, double Upper95)
{
    public static readonly Limits None = new(double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>
/// The centre line and limits of one part. Most charts have limits that are constant within a part;
/// the P, P', U and U' charts compute each point's limits from its denominator when asked, and only the
/// xbar and s charts keep an array, so a million-point I or P chart allocates nothing per point here.
/// </summary>
internal sealed class PartLines
{
    private readonly DenominatorLimits? _fromDenominators;

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

    public PartLines(double center, DenominatorLimits fromDenominators)
    {
        Center = center;
        Constant = Limits.None;
        _fromDenominators = fromDenominators;
    }

    public double Center { get; }

    public Limits Constant { get; }

    /// <summary>Stored limits per point of the part (index relative to the part's first point): xbar and s only; null otherwise.</summary>
    public Limits[]? PerPoint { get; }

    public bool HasLimits { get; init; } = true;

    public Limits At(int offset) =>
        PerPoint is not null ? PerPoint[offset]
        : _fromDenominators is not null ? _fromDenominators.At(offset)
        : Constant;

    public static PartLines CenterOnly(double center) => new(center, Limits.None) { HasLimits = false };
}

/// <summary>
/// Limits that vary with each subgroup's denominator n_i: cl ± k·σ_i with σ_i = sqrt(spread / n_i)·scale
/// (P and P': spread = cl(1 − cl); U and U': spread = cl; scale is Laney's σ_z, or 1), then clipped.
/// Computed when read instead of stored: 32 bytes per point saved, and most points are read once,
/// at the output boundary. The arithmetic is the same expression in the same order as before, so
/// the values are bit-identical.
/// </summary>
internal sealed class DenominatorLimits(double[] n, int from, double center, double spread, double scale, Func<Limits, Limits> clip)
{
    /// <summary>Limits of the point at <paramref name="offset"/> from the part's first point.</summary>
    public Limits At(int offset)
    {
        var sigma = Math.Sqrt(spread / n[from + offset]) * scale; // n_i = 0 gives an infinite sigma and undefined limits
        return clip(new Limits(center - (3 * sigma), center + (3 * sigma), center - (2 * sigma), center + (2 * sigma)));
    }
}
