using Forbedring.Statistics.Charts;
using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Rules;

/// <summary>
/// NHS England "Making Data Count" rules for XmR charts: limits at mean ± 2.66·AMR, and for each point
/// the first matching rule of: outside the limits, a 7-point trend, 2 of 3 close to a limit, 7 on one side.
/// Each part is one rebase group; the baseline (freeze) fixes the limits after that many points.
/// </summary>
internal static class NhsRules
{
    /// <summary>3/d2 rounded the way the NHS method states it (3/1.128 = 2.6596…).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The "close to the limits" band starts two thirds of the way out (the 2-sigma line).</summary>
    public const double CloseFactor = LimitFactor * 2 / 3;

    public const string CommonCause = "common_cause";
    public const string Improvement = "special_cause_improvement";
    public const string Concern = "special_cause_concern";
    public const string NeutralHigh = "special_cause_neutral_high";
    public const string NeutralLow = "special_cause_neutral_low";

    private const int TrendLength = 7;
    private const int SideRunLength = 7;

    /// <summary>Mean ± 2.66·AMR (screened like the I chart); the 95 fields carry the "close" band, mean ± 1.773·AMR.</summary>
    public static PartLines Lines(ChartContext ctx, int from, int to)
    {
        var (mean, amr) = MovingRanges.MeanAndAverageMovingRange(ctx.Y, ctx.Layout, from, to, ctx.Screen);
        return new PartLines(mean, new Limits(mean - (LimitFactor * amr), mean + (LimitFactor * amr), mean - (CloseFactor * amr), mean + (CloseFactor * amr)));
    }

    /// <summary>
    /// Gives every included point of the part its point type (excluded points stay null) and returns the group summary.
    /// Rules run over the included points in x order; a missing value breaks trends and runs and never throws.
    /// </summary>
    public static NhsGroup Classify(double[] y, PartLines lines, SeriesLayout layout, int part, int from, int to, ImprovementDirection direction, byte[] pointTypes)
    {
        var positions = new List<int>(to - from);
        for (var i = from; i < to; i++)
        {
            if (layout.IsIncluded(i))
            {
                positions.Add(i);
            }
        }

        var m = positions.Count;
        var values = new double[m];
        for (var k = 0; k < m; k++)
        {
            values[k] = y[positions[k]];
        }

        var mean = lines.Center;
        var l = lines.Constant;
        var side = new int[m]; // +1 above, −1 below, 0 on the mean or missing
        var missing = new bool[m];
        var outside = new bool[m];
        var close = new bool[m];
        for (var k = 0; k < m; k++)
        {
            var v = values[k];
            missing[k] = double.IsNaN(v) || double.IsNaN(mean);
            side[k] = v > mean ? 1 : v < mean ? -1 : 0;
            outside[k] = v > l.Upper || v < l.Lower; // false when the limits are undefined
            close[k] = !outside[k] && (v > l.Upper95 || v < l.Lower95);
        }

        var trendDirection = TrendDirections(values);
        var sideRuns = SideRuns(side, missing);
        var counts = new int[AllTypes.Length];
        var last = CommonCauseCode;
        for (var k = 0; k < m; k++)
        {
            var v = Signal(k, side, missing, outside, close, trendDirection, sideRuns);
            var code = PointTypeCode(v, direction);
            pointTypes[positions[k]] = code;
            counts[code - 1]++;
            last = code;
        }

        return new NhsGroup(part, AllTypes[last - 1], counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    // Point types are kept as small codes (0 = not assessed) and named only at the output.
    private const byte CommonCauseCode = 1;
    private static readonly string[] AllTypes = [CommonCause, Improvement, Concern, NeutralHigh, NeutralLow];

    /// <summary>The point type's name for a code; null for 0 (an excluded, unassessed point).</summary>
    public static string? TypeName(byte code) => code == 0 ? null : AllTypes[code - 1];

    /// <summary>Codes index <see cref="AllTypes"/> from 1: common, improvement, concern, neutral high, neutral low.</summary>
    private static byte PointTypeCode(int signal, ImprovementDirection direction) => (signal, direction) switch
    {
        (0, _) => 1,
        (> 0, ImprovementDirection.Up) or (< 0, ImprovementDirection.Down) => 2,
        (_, ImprovementDirection.Up) or (_, ImprovementDirection.Down) => 3,
        (> 0, _) => 4,
        _ => 5,
    };

    /// <summary>+1 for a high special cause (Above/Increasing), −1 for a low one, 0 for common cause.</summary>
    private static int Signal(int k, int[] side, bool[] missing, bool[] outside, bool[] close, int[] trendDirection, int[] sideRuns)
    {
        if (outside[k])
        {
            return side[k] == 1 ? 1 : -1;
        }

        if (trendDirection[k] != 0)
        {
            return trendDirection[k];
        }

        if (close[k] && InTwoOfThree(k, side, missing, close))
        {
            return side[k];
        }

        return sideRuns[k];
    }

    public static string PointType(int signal, ImprovementDirection direction) => AllTypes[PointTypeCode(signal, direction) - 1];

    /// <summary>
    /// For each point in a run of ≥ 7 points with 6 strictly rising (or falling) steps: +1 or −1, else 0.
    /// The label follows the step to the next point when that point is also in a trend, otherwise the
    /// step from the previous point. Ties and missing values break a trend.
    /// </summary>
    private static int[] TrendDirections(double[] values)
    {
        var m = values.Length;
        var step = new int[m]; // step[k]: direction from k−1 to k; 0 for a tie, a missing value or k = 0
        for (var k = 1; k < m; k++)
        {
            var d = values[k] - values[k - 1];
            step[k] = d > 0 ? 1 : d < 0 ? -1 : 0;
        }

        var inTrend = new bool[m];
        var k0 = 1;
        while (k0 < m)
        {
            if (step[k0] == 0)
            {
                k0++;
                continue;
            }

            var k1 = k0;
            while (k1 + 1 < m && step[k1 + 1] == step[k0])
            {
                k1++;
            }

            if (k1 - k0 + 1 >= TrendLength - 1)
            {
                for (var k = k0 - 1; k <= k1; k++)
                {
                    inTrend[k] = true;
                }
            }

            k0 = k1 + 1;
        }

        var direction = new int[m];
        for (var k = 0; k < m; k++)
        {
            if (!inTrend[k])
            {
                continue;
            }

            var next = k + 1 < m && inTrend[k + 1] ? step[k + 1] : 0;
            direction[k] = next != 0 ? next : step[k];
        }

        return direction;
    }

    /// <summary>Some window of 3 consecutive points holding k has ≥ 2 close points, all 3 on the same side.</summary>
    private static bool InTwoOfThree(int k, int[] side, bool[] missing, bool[] close)
    {
        for (var w = Math.Max(0, k - 2); w <= k && w + 2 < side.Length; w++)
        {
            var closeCount = 0;
            var sideSum = 0;
            var anyMissing = false;
            for (var j = w; j < w + 3; j++)
            {
                closeCount += close[j] ? 1 : 0;
                sideSum += side[j];
                anyMissing |= missing[j];
            }

            if (!anyMissing && closeCount >= 2 && Math.Abs(sideSum) == 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For each point: its side when it is in a run of ≥ 7 points on the same side, else 0. A point on
    /// the mean or a missing value breaks the run. One pass, so long runs stay linear.
    /// </summary>
    private static int[] SideRuns(int[] side, bool[] missing)
    {
        var m = side.Length;
        var result = new int[m];
        var start = 0;
        while (start < m)
        {
            var s = missing[start] ? 0 : side[start];
            var end = start;
            while (end + 1 < m && s != 0 && !missing[end + 1] && side[end + 1] == s)
            {
                end++;
            }

            if (s != 0 && end - start + 1 >= SideRunLength)
            {
                Array.Fill(result, s, start, end - start + 1);
            }

            start = end + 1;
        }

        return result;
    }
}
