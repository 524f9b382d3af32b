using System.Runtime.Intrinsics;

namespace Forbedring.Statistics.Numerics;

/// <summary>
/// The sums of <see cref="MovingRanges"/> for a run of consecutive points, four lanes at a time. A
/// dependent chain of additions costs a few cycles per point whatever the width, so splitting the sums
/// over lanes (and two accumulators) is what makes a million-point chart fast. Summing in a different
/// order changes the last bits only; the reference tools do not sum in our order either.
/// </summary>
internal static class VectorSums
{
    /// <summary>Below this the scalar loop is as fast and keeps short series summed in plain order.</summary>
    public const int MinimumLength = 64;

    /// <summary>
    /// Sum and count of the non-missing values, and of the ranges |y[i] − y[i−1]| that are not missing and
    /// strictly below <paramref name="below"/> (every non-missing range for +∞).
    /// </summary>
    public static MovingRanges.PassSums ValuesAndRanges(ReadOnlySpan<double> y, double below)
    {
        var all = double.IsPositiveInfinity(below);
        var width = Vector256<double>.Count;
        var valueSum = Vector256<double>.Zero;
        var valueCount = Vector256<long>.Zero;
        var rangeSum = Vector256<double>.Zero;
        var rangeCount = Vector256<long>.Zero;
        var limit = Vector256.Create(below);

        // Lane k of block i holds point i+k and the range ending at point i+k (from point i+k−1); start at 1
        // so every range has its previous point, and add point 0 on its own.
        var i = 1;
        for (; i + width <= y.Length; i += width)
        {
            var current = Vector256.Create(y.Slice(i, width));
            var previous = Vector256.Create(y.Slice(i - 1, width));

            var present = Vector256.Equals(current, current); // false for NaN
            valueSum += current & present.AsDouble();
            valueCount -= present.AsInt64();

            var range = Vector256.Abs(current - previous);
            var kept = all ? Vector256.Equals(range, range) : Vector256.LessThan(range, limit);
            rangeSum += range & kept.AsDouble();
            rangeCount -= kept.AsInt64();
        }

        double values = Vector256.Sum(valueSum), ranges = Vector256.Sum(rangeSum);
        long valueN = Vector256.Sum(valueCount), rangeN = Vector256.Sum(rangeCount);
        for (; i < y.Length; i++)
        {
            var range = Math.Abs(y[i] - y[i - 1]);
            if (all ? !double.IsNaN(range) : range < below)
            {
                ranges += range;
                rangeN++;
            }

            if (!double.IsNaN(y[i]))
            {
                values += y[i];
                valueN++;
            }
        }

        if (!double.IsNaN(y[0]))
        {
            values += y[0];
            valueN++;
        }

        return new MovingRanges.PassSums(values, (int)valueN, ranges, (int)rangeN);
    }

    /// <summary>Σ of the non-missing numerators and Σ of the denominators (a missing pair's n is 0), for pooled ratios.</summary>
    public static (double Numerator, double Denominator) Ratio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        var width = Vector256<double>.Count;
        var top = Vector256<double>.Zero;
        var bottom = Vector256<double>.Zero;
        var i = 0;
        for (; i + width <= numerators.Length; i += width)
        {
            var y = Vector256.Create(numerators.Slice(i, width));
            top += y & Vector256.Equals(y, y).AsDouble();
            bottom += Vector256.Create(denominators.Slice(i, width));
        }

        double numerator = Vector256.Sum(top), denominator = Vector256.Sum(bottom);
        for (; i < numerators.Length; i++)
        {
            if (!double.IsNaN(numerators[i]))
            {
                numerator += numerators[i];
            }

            denominator += denominators[i];
        }

        return (numerator, denominator);
    }
}
