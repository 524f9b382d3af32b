using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Charts;

/// <summary>I chart (individuals, XmR): mean ± 3·AMR/1.128, and the MR chart of the same data.</summary>
internal static class IndividualsChart
{
    /// <summary>d2 for subgroups of two: σ = AMR / 1.128.</summary>
    public const double D2 = 1.128;

    public static PartLines Compute(ChartContext ctx, int from, int to) =>
        Compute(ctx.Y, ctx.Layout, from, to, ctx.Screen);

    /// <summary>Also used by the T chart (on transformed y) and for IHI astronomical-point suggestions.</summary>
    public static PartLines Compute(double[] y, SeriesLayout layout, int from, int to, bool screen)
    {
        var (cl, amr) = MovingRanges.MeanAndAverageMovingRange(y, layout, from, to, screen);
        var sigma = amr / D2;
        return new PartLines(cl, new Limits(cl - (3 * sigma), cl + (3 * sigma), cl - (2 * sigma), cl + (2 * sigma)));
    }
}

/// <summary>MR chart: the moving ranges themselves, with cl = their base mean and D4-based limits.</summary>
internal static class MovingRangeChart
{
    /// <summary>D4 for n = 2; the 2-sigma version scales 3.267 by 2/3.</summary>
    private const double D4 = 3.267;

    /// <summary>The plotted y: |Δy| between consecutive points of each part, in order; the first of each part is missing.</summary>
    public static double[] PlottedRanges(double[] y, SeriesLayout layout)
    {
        var ranges = new double[y.Length];
        for (var s = 0; s < layout.Segments; s++)
        {
            int from = layout.SegmentStart[s], to = layout.SegmentStart[s + 1];
            ranges[from] = double.NaN;
            for (var i = from + 1; i < to; i++)
            {
                ranges[i] = Math.Abs(y[i] - y[i - 1]);
            }
        }

        return ranges;
    }

    public static PartLines Compute(ChartContext ctx, int from, int to)
    {
        // The range ending at an excluded (or non-baseline) point is left out; the one starting there is kept.
        var cl = Descriptive.BaseMean(ctx.Y, ctx.Layout, from, to);
        return new PartLines(cl, new Limits(0, D4 * cl, 0, D4 / 3 * 2 * cl));
    }
}
