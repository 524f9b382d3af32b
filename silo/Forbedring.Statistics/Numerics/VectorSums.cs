using System.Runtime.Intrinsics;

namespace Forbedring.Statistics.Numerics;

/// <summary>
/// The sums of <see cref="MovingRanges"/> and of pooled ratios for a run of consecutive points, four
/// lanes at a time. Each lane keeps its rounding error as <see cref="AccurateSum"/> does (TwoSum), and the
/// lanes are then added into one <see cref="AccurateSum"/>, so the result is as accurate as the plain loop's.
/// A dependent chain of additions costs a few cycles per point whatever the width, so splitting the sums
/// over lanes is what makes a million-point chart fast.
/// </summary>
internal static class VectorSums
{
    /// <summary>Below this the scalar loop is as fast.</summary>
    public const int MinimumLength = 64;

    /// <summary>
    /// Sum and count of the non-missing values, and of the ranges |y[i] − y[i−1]| that are not missing and
    /// strictly below <paramref name="below"/> (every non-missing range for +∞).
    /// </summary>
    public static MovingRanges.PassSums ValuesAndRanges(ReadOnlySpan<double> y, double below)
    {
        var all = double.IsPositiveInfinity(below);
        var width = Vector256<double>.Count;
        var values = new Lanes();
        var ranges = new Lanes();
        var valueCount = Vector256<long>.Zero;
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
            values.Add(current & present.AsDouble());           // a missing value adds an exact 0
            valueCount -= present.AsInt64();

            var range = Vector256.Abs(current - previous);
            var kept = all ? Vector256.Equals(range, range) : Vector256.LessThan(range, limit);
            ranges.Add(range & kept.AsDouble());
            rangeCount -= kept.AsInt64();
        }

        var valueSum = values.Total();
        var rangeSum = ranges.Total();
        long valueN = Vector256.Sum(valueCount), rangeN = Vector256.Sum(rangeCount);
        for (; i < y.Length; i++)
        {
            var range = Math.Abs(y[i] - y[i - 1]);
            if (all ? !double.IsNaN(range) : range < below)
            {
                rangeSum.Add(range);
                rangeN++;
            }

            if (!double.IsNaN(y[i]))
            {
                valueSum.Add(y[i]);
                valueN++;
            }
        }

        if (!double.IsNaN(y[0]))
        {
            valueSum.Add(y[0]);
            valueN++;
        }

        return new MovingRanges.PassSums(valueSum, (int)valueN, rangeSum, (int)rangeN);
    }

    /// <summary>Σ of the non-missing numerators and Σ of the denominators (a missing pair's n is 0), for pooled ratios.</summary>
    public static (double Numerator, double Denominator) Ratio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        var width = Vector256<double>.Count;
        var top = new Lanes();
        var bottom = new Lanes();
        var i = 0;
        for (; i + width <= numerators.Length; i += width)
        {
            var y = Vector256.Create(numerators.Slice(i, width));
            top.Add(y & Vector256.Equals(y, y).AsDouble());
            bottom.Add(Vector256.Create(denominators.Slice(i, width)));
        }

        AccurateSum numerator = top.Total(), denominator = bottom.Total();
        for (; i < numerators.Length; i++)
        {
            if (!double.IsNaN(numerators[i]))
            {
                numerator.Add(numerators[i]);
            }

            denominator.Add(denominators[i]);
        }

        return (numerator.Value, denominator.Value);
    }

    /// <summary>Four running sums with their rounding errors (TwoSum per lane).</summary>
    private struct Lanes
    {
        private Vector256<double> _sum;
        private Vector256<double> _error;

        public void Add(Vector256<double> x)
        {
            var t = _sum + x;
            var back = t - _sum;
            _error += (_sum - (t - back)) + (x - back);
            _sum = t;
        }

        /// <summary>The lanes' sums, then their errors, added into one accurate sum.</summary>
        public readonly AccurateSum Total()
        {
            var total = default(AccurateSum);
            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                total.Add(_sum[k]);
            }

            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                // A lane that met an infinity has a NaN error; its sum already says infinity, as AccurateSum's does.
                if (double.IsFinite(_error[k]))
                {
                    total.Add(_error[k]);
                }
            }

            return total;
        }
    }
}
