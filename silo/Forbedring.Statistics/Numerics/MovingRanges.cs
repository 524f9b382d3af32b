using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Numerics;

/// <summary>
/// The average moving range (AMR) of the base subsequence of one part, with the optional
/// 3.267·AMR screening. Written once; used by the I, T, P', U' and NHS calculations.
/// </summary>
internal static class MovingRanges
{
    /// <summary>D4 for subgroups of two: moving ranges at or above 3.267·AMR are screened out.</summary>
    public const double ScreeningFactor = 3.267;

    /// <summary>
    /// Moving ranges are |Δ| between consecutive base points: excluded and non-baseline points are
    /// removed first, so a range bridges them. A missing value makes both ranges touching it missing,
    /// and missing ranges are dropped, so nothing bridges a missing value. NaN when there are no ranges.
    /// </summary>
    public static double AverageMovingRange(double[] y, SeriesLayout layout, int from, int to, bool screen)
    {
        var end = Math.Min(to, layout.BaselineEnd);
        var sums = Sums(y, layout, from, end, double.PositiveInfinity);
        return Screened(y, layout, from, end, sums, screen);
    }

    /// <summary>
    /// The base mean (as <see cref="Descriptive.BaseMean"/>) and the AMR (as <see cref="AverageMovingRange"/>)
    /// for the I chart and the NHS rules, the mean taken from the same pass as the first moving-range sum.
    /// </summary>
    public static (double Mean, double Amr) MeanAndAverageMovingRange(double[] y, SeriesLayout layout, int from, int to, bool screen)
    {
        var end = Math.Min(to, layout.BaselineEnd);
        var sums = Sums(y, layout, from, end, double.PositiveInfinity);
        var mean = sums.ValueCount > 0 ? sums.ValueSum.MeanOf(sums.ValueCount) : double.NaN;
        return (mean, Screened(y, layout, from, end, sums, screen));
    }

    /// <summary>The AMR from the unscreened sums, screened when asked.</summary>
    private static double Screened(double[] y, SeriesLayout layout, int from, int end, PassSums unscreened, bool screen)
    {
        if (unscreened.RangeCount == 0)
        {
            return double.NaN;
        }

        var amr = unscreened.RangeSum.MeanOf(unscreened.RangeCount);
        if (!screen)
        {
            return amr;
        }

        // Keep ranges strictly below the threshold. In a constant series every range is 0 and
        // 0 < 0 is false, so all go and the AMR (and the limits) become undefined, as in the reference.
        var screened = Sums(y, layout, from, end, ScreeningFactor * amr);
        return screened.RangeCount > 0 ? screened.RangeSum.MeanOf(screened.RangeCount) : double.NaN;
    }

    /// <summary>
    /// One pass over the included points: the sum and count of the non-missing values, and of the
    /// non-missing moving ranges strictly below <paramref name="below"/> (all of them for +∞). Both sums
    /// carry their rounding error (<see cref="AccurateSum"/>), so the mean and the AMR are correctly
    /// rounded as the reference's are; two chains in one loop run side by side, so the mean comes almost
    /// free with the ranges.
    /// </summary>
    private static PassSums Sums(double[] y, SeriesLayout layout, int from, int end, double below)
    {
        if (!layout.HasExclusions && end - from >= VectorSums.MinimumLength)
        {
            // Without exclusions the base points are simply from..end, so the ranges are between neighbours.
            return VectorSums.ValuesAndRanges(y.AsSpan(from, end - from), below);
        }

        var all = double.IsPositiveInfinity(below);
        AccurateSum valueSum = default, rangeSum = default;
        int valueCount = 0, rangeCount = 0;
        var havePrevious = false;
        var previous = 0.0;
        for (var i = from; i < end; i++)
        {
            if (!layout.IsIncluded(i))
            {
                continue;
            }

            var v = y[i];
            if (!double.IsNaN(v))
            {
                valueSum.Add(v);
                valueCount++;
            }

            // NaN (a missing end) fails both tests, so it is dropped.
            var range = Math.Abs(v - previous);
            if (havePrevious && (range < below || (all && !double.IsNaN(range))))
            {
                rangeSum.Add(range);
                rangeCount++;
            }

            previous = v;
            havePrevious = true;
        }

        return new PassSums(valueSum, valueCount, rangeSum, rangeCount);
    }

    internal readonly record struct PassSums(AccurateSum ValueSum, int ValueCount, AccurateSum RangeSum, int RangeCount);
}
