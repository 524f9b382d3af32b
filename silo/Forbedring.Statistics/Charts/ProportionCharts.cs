using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Charts;

/// <summary>P chart (binomial proportions) and Laney's P' chart.</summary>
internal static class ProportionCharts
{
    public static PartLines P(ChartContext ctx, int from, int to) => Compute(ctx, from, to, laney: false);

    public static PartLines PPrime(ChartContext ctx, int from, int to) => Compute(ctx, from, to, laney: true);

    private static PartLines Compute(ChartContext ctx, int from, int to, bool laney)
    {
        var cl = PooledRatio(ctx.Series, ctx.Layout, from, to);
        var spread = cl * (1 - cl);
        double SigmaOf(double ni) => Math.Sqrt(spread / ni); // n_i = 0 gives an infinite sigma and undefined limits
        var scale = laney ? LaneyScale.SigmaZ(ctx, from, to, cl, SigmaOf) : 1;

        // Clipping happens per point, before multiply, so with multiply = 100 a clipped ucl reads 100.
        return new PartLines(cl, new DenominatorLimits(ctx.Series.N!, from, cl, spread, scale, Clipping.Proportion));
    }

    /// <summary>Σ y.sum / Σ n over the base set. A zero-denominator point's numerator still counts.</summary>
    public static double PooledRatio(PreparedSeries series, SeriesLayout layout, int from, int to)
    {
        var ySum = series.YSum;
        var n = series.N!;
        var end = Math.Min(to, layout.BaselineEnd);
        if (!layout.HasExclusions && end - from >= VectorSums.MinimumLength)
        {
            var (top, bottom) = VectorSums.Ratio(ySum.AsSpan(from, end - from), n.AsSpan(from, end - from));
            return top / bottom;
        }

        AccurateSum numerator = default, denominator = default;
        for (var i = from; i < end; i++)
        {
            if (!layout.IsIncluded(i))
            {
                continue;
            }

            if (!double.IsNaN(ySum[i]))
            {
                numerator.Add(ySum[i]);
            }

            denominator.Add(n[i]);
        }

        return numerator.Value / denominator.Value; // each sum rounded once, as R's sum() / sum()
    }
}
