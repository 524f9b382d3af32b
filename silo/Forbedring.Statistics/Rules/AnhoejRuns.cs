using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Rules;

/// <summary>The runs analysis of one part, plus the side and last position of its longest run for the verdict.</summary>
internal readonly record struct RunsResult(RunsAnalysis Analysis, int LongestRunSide, int LongestRunEnd);

/// <summary>
/// Anhøj's runs analysis (Anhøj &amp; Olesen 2014; Anhøj 2015): an unusually long run on one side of
/// the centre line, or unusually few crossings of it, signals non-random variation. Both limits
/// keep the false-alarm rate near 5% whatever the number of points.
/// </summary>
internal static class AnhoejRuns
{
    /// <summary>
    /// Analyses the included points of one part, in x order, against the part's centre line.
    /// Missing values and points exactly on the line are dropped: they neither end nor extend a run.
    /// An infinite y counts as a point above the line.
    /// </summary>
    public static RunsResult Analyze(double[] y, double cl, SeriesLayout layout, int part, int from, int to, bool signalAllowed)
    {
        if (!layout.HasExclusions && to - from >= FastPathLength)
        {
            // Counts first, 64 points at a time; where the longest run lies is needed only for a signal.
            var counts = RunCounts.Count(y.AsSpan(from, to - from), cl);
            var fast = Result(part, to - from, counts.Useful, counts.Runs, counts.Longest, signalAllowed);
            if (!fast.RunsSignal)
            {
                return new RunsResult(fast, 0, -1);
            }
        }

        return PointByPoint(y, cl, layout, part, from, to, signalAllowed);
    }

    /// <summary>Below this many points one pass point by point is as fast.</summary>
    private const int FastPathLength = 256;

    private static RunsResult PointByPoint(double[] y, double cl, SeriesLayout layout, int part, int from, int to, bool signalAllowed)
    {
        var observations = 0;
        var useful = 0;
        var runs = 0;
        var longest = 0;
        var longestSide = 0;
        var longestEnd = -1;
        var current = 0;
        var side = 0;
        for (var i = from; i < to; i++)
        {
            if (!layout.IsIncluded(i))
            {
                continue;
            }

            observations++;
            var v = y[i];
            // NaN (missing y or undefined cl) fails both comparisons and is dropped with the points on the line.
            var s = (v > cl ? 1 : 0) - (v < cl ? 1 : 0);
            if (s == 0)
            {
                continue;
            }

            // Branch-free from here on: in a random series the side flips at every other point, and a
            // mispredicted branch per point cost more than the rest of the loop (measured 6 ns of 7 per point).
            useful++;
            var same = s == side ? 1 : 0;
            current = (current & -same) + 1; // extends the run, or starts a new one at 1
            runs += 1 - same;
            side = s;

            // ">=" so that, of equally long runs, the latest decides the side (the current state).
            if (current >= longest)
            {
                longest = current;
                longestSide = side;
                longestEnd = i;
            }
        }

        return new RunsResult(Result(part, observations, useful, runs, longest, signalAllowed), longestSide, longestEnd);
    }

    private static RunsAnalysis Result(int part, int observations, int useful, int runs, int longest, bool signalAllowed)
    {
        if (useful == 0)
        {
            return new RunsAnalysis(part, observations, 0, false, null, null, null, null);
        }

        var longestMax = LongestRunMax(useful);
        var crossings = runs - 1;
        var crossingsMin = CrossingsMin(useful);
        var signal = signalAllowed && (longest > longestMax || crossings < crossingsMin);
        return new RunsAnalysis(part, observations, useful, signal, longest, longestMax, crossings, crossingsMin);
    }

    /// <summary>round(log2(n)) + 3, rounding halves to even as R does.</summary>
    public static int LongestRunMax(int useful) =>
        (int)Math.Round(Math.Log2(useful), MidpointRounding.ToEven) + 3;

    /// <summary>The 5% quantile of Binomial(n − 1, 0.5): fewer crossings than this is unusual. 0 for n ≤ 1.</summary>
    public static int CrossingsMin(int useful) =>
        useful <= 1 ? 0 : Binomial.FairCoinQuantile(useful - 1, 0.05);
}
