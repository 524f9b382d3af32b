using Forbedring.Statistics.Numerics;

namespace Forbedring.Statistics.Charts;

/// <summary>C chart (Poisson counts), U chart (Poisson rates) and Laney's U' chart.</summary>
internal static class CountCharts
{
    public static PartLines C(ChartContext ctx, int from, int to)
    {
        var cl = Descriptive.BaseMean(ctx.Y, ctx.Layout, from, to);
        var sigma = Math.Sqrt(cl);
        return new PartLines(cl, Clipping.NonNegative(new Limits(cl - (3 * sigma), cl + (3 * sigma), cl - (2 * sigma), cl + (2 * sigma))));
    }

    public static PartLines U(ChartContext ctx, int from, int to) => Rates(ctx, from, to, laney: false);

    public static PartLines UPrime(ChartContext ctx, int from, int to) => Rates(ctx, from, to, laney: true);

    private static PartLines Rates(ChartContext ctx, int from, int to, bool laney)
    {
        var cl = ProportionCharts.PooledRatio(ctx.Series, ctx.Layout, from, to);
        double SigmaOf(double ni) => Math.Sqrt(cl / ni);
        var scale = laney ? LaneyScale.SigmaZ(ctx, from, to, cl, SigmaOf) : 1;
        return new PartLines(cl, new DenominatorLimits(ctx.Series.N!, from, cl, cl, scale, Clipping.NonNegative));
    }
}
