namespace Forbedring.Statistics.Charts;

/// <summary>Limit clipping. Only finite limits are clipped: an undefined limit stays undefined (and is reported as null).</summary>
internal static class Clipping
{
    public static double AtLeastZero(double limit) => double.IsFinite(limit) && limit < 0 ? 0 : limit;

    public static double AtMostOne(double limit) => double.IsFinite(limit) && limit > 1 ? 1 : limit;

    /// <summary>Proportions live in [0, 1].</summary>
    public static Limits Proportion(Limits l) =>
        new(AtLeastZero(l.Lower), AtMostOne(l.Upper), AtLeastZero(l.Lower95), AtMostOne(l.Upper95));

    /// <summary>Counts and rates cannot be negative; there is no upper bound.</summary>
    public static Limits NonNegative(Limits l) =>
        new(AtLeastZero(l.Lower), l.Upper, AtLeastZero(l.Lower95), l.Upper95);
}
