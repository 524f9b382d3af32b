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
        var (sum, count) = SumRanges(y, layout, from, end, double.PositiveInfinity);
        return Screened(y, layout, from, end, sum, count, screen);
    }

    /// <summary>
    /// The base mean (as <see cref="Descriptive.BaseMean"/>) and the AMR (as <see cref="AverageMovingRange"/>)
    /// for the I chart and the NHS rules. The mean and the first moving-range sum share one pass: each sum
    /// is a chain of dependent additions (kept in order, so the values are identical), and two chains in
    /// one loop run side by side instead of one after the other.
    /// </summary>
    public static (double Mean, double Amr) MeanAndAverageMovingRange(double[] y, SeriesLayout layout, int from, int to, bool screen)
    {
        var end = Math.Min(to, layout.BaselineEnd);
        double sum = 0, rangeSum = 0;
        int count = 0, rangeCount = 0;
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
                sum += v;
                count++;
            }

            var range = Math.Abs(v - previous);
            if (havePrevious && !double.IsNaN(range))
            {
                rangeSum += range;
                rangeCount++;
            }

            previous = v;
            havePrevious = true;
        }

        var mean = count > 0 ? sum / count : double.NaN;
        return (mean, Screened(y, layout, from, end, rangeSum, rangeCount, screen));
    }

    /// <summary>The AMR from the unscreened sum and count, screened when asked.</summary>
    private static double Screened(double[] y, SeriesLayout layout, int from, int end, double sum, int count, bool screen)
    {
        if (count == 0)
        {
            return double.NaN;
        }

        var amr = sum / count;
        if (!screen)
        {
            return amr;
        }

        // Keep ranges strictly below the threshold. In a constant series every range is 0 and
        // 0 < 0 is false, so all go and the AMR (and the limits) become undefined, as in the reference.
        (sum, count) = SumRanges(y, layout, from, end, ScreeningFactor * amr);
        return count > 0 ? sum / count : double.NaN;
    }

    /// <summary>Sum and count of the non-missing moving ranges strictly below <paramref name="below"/>.</summary>
    private static (double Sum, int Count) SumRanges(double[] y, SeriesLayout layout, int from, int end, double below)
    {
        double sum = 0;
        var count = 0;
        var havePrevious = false;
        var previous = 0.0;
        for (var i = from; i < end; i++)
        {
            if (!layout.IsIncluded(i))
            {
                continue;
            }

            var v = y[i];
            if (havePrevious)
            {
                var range = Math.Abs(v - previous);
                // NaN (a missing end) fails the comparison, so it is dropped.
                if (range < below || (double.IsPositiveInfinity(below) && !double.IsNaN(range)))
                {
                    sum += range;
                    count++;
                }
            }

            previous = v;
            havePrevious = true;
        }

        return (sum, count);
    }
}
