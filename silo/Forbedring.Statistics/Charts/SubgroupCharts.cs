using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Charts;

/// <summary>Xbar and S charts for subgroups of measurements, with limits from the (pooled) mean SD and c4.</summary>
internal static class SubgroupCharts
{
    public static PartLines Xbar(ChartContext ctx, int from, int to)
    {
        var s = ctx.Series;
        var lengths = s.YLength!;
        var means = s.YMean!;
        AccurateSum weighted = default, total = default;
        for (var i = from; i < to; i++)
        {
            if (ctx.Layout.IsBase(i) && lengths[i] > 0)
            {
                weighted.Add(lengths[i] * means[i]); // each product rounded, then summed accurately, as in R
                total.Add(lengths[i]);
            }
        }

        var cl = weighted.Value / total.Value;
        var sBar = MeanStandardDeviation(s, ctx.Layout, from, to);
        var limits = new Limits[to - from];
        for (var i = from; i < to; i++)
        {
            var size = lengths[i];
            var c4 = SpecialFunctions.C4(size);
            var sigma = sBar / (c4 * Math.Sqrt(size)); // A3(n)·s̄ = 3·s̄/(c4·√n); NaN for n ≤ 1
            limits[i - from] = new Limits(cl - (3 * sigma), cl + (3 * sigma), cl - (2 * sigma), cl + (2 * sigma));
        }

        return new PartLines(cl, limits);
    }

    public static PartLines S(ChartContext ctx, int from, int to)
    {
        var lengths = ctx.Series.YLength!;
        var cl = MeanStandardDeviation(ctx.Series, ctx.Layout, from, to);
        var limits = new Limits[to - from];
        for (var i = from; i < to; i++)
        {
            var c4 = SpecialFunctions.C4(lengths[i]);
            var ratio = Math.Sqrt(1 - (c4 * c4)) / c4; // c5/c4
            limits[i - from] = new Limits(
                Math.Max(0, 1 - (3 * ratio)) * cl,
                (1 + (3 * ratio)) * cl,
                Math.Max(0, 1 - (2 * ratio)) * cl,
                (1 + (2 * ratio)) * cl);
        }

        return new PartLines(cl, limits);
    }

    /// <summary>
    /// s̄: pooled, sqrt(Σ(n−1)s² / Σ(n−1)), when subgroup sizes vary anywhere in the part; otherwise the
    /// plain mean of the base SDs.
    /// </summary>
    public static double MeanStandardDeviation(PreparedSeries s, SeriesLayout layout, int from, int to)
    {
        var lengths = s.YLength!;
        var sds = s.YSd!;
        var varying = false;
        for (var i = from + 1; i < to && !varying; i++)
        {
            varying = lengths[i] != lengths[from];
        }

        var numerator = default(AccurateSum);
        double denominator = 0; // whole numbers: exact
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (!layout.IsBase(i))
            {
                continue;
            }

            if (varying)
            {
                // Only missing terms are skipped: (len − 1)·sd² is missing below 2 values, but len − 1 never
                // is, so an all-missing subgroup adds −1 to the denominator, as in the reference.
                if (lengths[i] >= 2)
                {
                    numerator.Add((lengths[i] - 1) * (sds[i] * sds[i])); // (len − 1)·sd², as R groups it
                }

                denominator += lengths[i] - 1;
            }
            else if (!double.IsNaN(sds[i]))
            {
                numerator.Add(sds[i]);
                count++;
            }
        }

        return varying ? Math.Sqrt(numerator.Value / denominator) : count > 0 ? numerator.MeanOf(count) : double.NaN;
    }
}
