using Forbedring.Statistics.Numerics;

namespace Forbedring.Statistics.Charts;

/// <summary>Run chart: the median of the base points, no limits.</summary>
internal static class RunChart
{
    public static PartLines Compute(ChartContext ctx, int from, int to) =>
        PartLines.CenterOnly(Descriptive.BaseMedian(ctx.Y, ctx.Layout, from, to));
}
