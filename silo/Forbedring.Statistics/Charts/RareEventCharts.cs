using Forbedring.Statistics.Numerics;

namespace Forbedring.Statistics.Charts;

/// <summary>Charts for rare events: G (opportunities between events) and T (time between events).</summary>
internal static class RareEventCharts
{
    /// <summary>Nelson's transformation: time between events to the power 1/3.6 is close to normal.</summary>
    private const double TExponent = 3.6;

    /// <summary>
    /// G chart: geometric limits from the base mean m, m ± 3·sqrt(m(m+1)), but the plotted centre line
    /// (and the runs analysis) uses the median, which is the better "typical" value for a skewed distribution.
    /// </summary>
    public static PartLines G(ChartContext ctx, int from, int to)
    {
        var mean = Descriptive.BaseMean(ctx.Y, ctx.Layout, from, to);
        var median = Descriptive.BaseMedian(ctx.Y, ctx.Layout, from, to);
        var sigma = Math.Sqrt(mean * (mean + 1));
        return new PartLines(median, Clipping.NonNegative(new Limits(mean - (3 * sigma), mean + (3 * sigma), mean - (2 * sigma), mean + (2 * sigma))));
    }

    /// <summary>The transformed series, shared by every part. Times must be positive (checked before).</summary>
    public static double[] Transform(double[] y)
    {
        var t = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            t[i] = Math.Pow(y[i], 1 / TExponent);
        }

        return t;
    }

    /// <summary>The plotted y of a T chart: the transformed times raised to 3.6 again (not always bit-equal to the input).</summary>
    public static double[] BackTransform(double[] transformed)
    {
        var y = new double[transformed.Length];
        for (var i = 0; i < transformed.Length; i++)
        {
            y[i] = Math.Pow(transformed[i], TExponent);
        }

        return y;
    }

    /// <summary>T chart: an I chart on y^(1/3.6), back-transformed with ^3.6.</summary>
    public static PartLines T(ChartContext ctx, double[] transformed, int from, int to)
    {
        var onTransformed = IndividualsChart.Compute(transformed, ctx.Layout, from, to, ctx.Screen);
        var l = onTransformed.Constant;
        // A negative transformed limit raised to 3.6 is NaN. The lower 3-sigma limit then becomes 0,
        // but the reference leaves the 2-sigma one undefined, so we do too.
        var lower = Math.Pow(l.Lower, TExponent);
        if (double.IsNaN(lower) || lower < 0)
        {
            lower = 0;
        }

        return new PartLines(
            Math.Pow(onTransformed.Center, TExponent),
            new Limits(lower, Math.Pow(l.Upper, TExponent), Math.Pow(l.Lower95, TExponent), Math.Pow(l.Upper95, TExponent)));
    }
}
