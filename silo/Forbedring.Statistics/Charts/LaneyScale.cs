using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Charts;

/// <summary>
/// Laney's σ_z for the P' and U' charts (Laney 2002): how much more (or less) the standardised
/// values z_i = (y_i − cl)/σ_i vary than the binomial or Poisson model expects. With big
/// denominators the classic limits are far too narrow; multiplying σ_i by σ_z corrects that.
/// </summary>
internal static class LaneyScale
{
    public static double SigmaZ(ChartContext ctx, int from, int to, double cl, Func<double, double> sigmaOf)
    {
        var y = ctx.Y;
        var n = ctx.Series.N!;
        var z = new double[to];
        for (var i = from; i < to; i++)
        {
            z[i] = (y[i] - cl) / sigmaOf(n[i]);
        }

        if (ctx.TimeOrdered)
        {
            // Time-ordered: the moving-range estimate, screened like the I chart.
            return MovingRanges.AverageMovingRange(z, ctx.Layout, from, to, ctx.Screen) / IndividualsChart.D2;
        }

        // Categories have no order, so the moving range means nothing: use the plain sample SD, where any missing z makes it missing.
        return SampleSdOfBase(z, ctx.Layout, from, to);
    }

    private static double SampleSdOfBase(double[] z, SeriesLayout layout, int from, int to)
    {
        double sum = 0;
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (layout.IsBase(i))
            {
                sum += z[i];
                count++;
            }
        }

        if (count < 2)
        {
            return double.NaN;
        }

        var mean = sum / count;
        double squares = 0;
        for (var i = from; i < to; i++)
        {
            if (layout.IsBase(i))
            {
                squares += (z[i] - mean) * (z[i] - mean);
            }
        }

        return Math.Sqrt(squares / (count - 1));
    }
}
