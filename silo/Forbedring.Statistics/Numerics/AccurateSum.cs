namespace Forbedring.Statistics.Numerics;

/// <summary>
/// A running sum kept as a double-double: the rounded sum and the rounding error of every addition
/// (Knuth's TwoSum). R's sum() and mean() add in extended precision, and mean() corrects its result
/// in a second pass, so the reference's sums and means are the correctly rounded ones. Plain double
/// addition can be an ulp off (0.1 + 0.1 + 0.1 = 0.30000000000000004), and an ulp decides whether a
/// point is on the centre line: a constant series of 0.1s must lie on its mean, not just above it.
/// </summary>
internal struct AccurateSum
{
    private double _sum;
    private double _error;

    public void Add(double x)
    {
        // TwoSum without a branch: t + e equals _sum + x exactly.
        var t = _sum + x;
        var back = t - _sum;
        _error += (_sum - (t - back)) + (x - back);
        _sum = t;
    }

    /// <summary>The sum, rounded once. An infinite or NaN sum is returned as it is (its error term is NaN).</summary>
    public readonly double Value => double.IsFinite(_sum) ? _sum + _error : _sum;

    /// <summary>The sum divided by <paramref name="count"/>, refined by its residual so it is the correctly rounded mean.</summary>
    public readonly double MeanOf(int count)
    {
        var q = Value / count;
        if (!double.IsFinite(q))
        {
            return q;
        }

        // (sum − q·count) exactly (FMA), plus the carried error: what q misses, spread over count.
        var residual = Math.FusedMultiplyAdd(-q, count, _sum) + _error;
        return q + (residual / count);
    }
}
