using System.Collections;
using Forbedring.Statistics.Charts;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics;

/// <summary>
/// The analysed points, stored as columns and turned into <see cref="AnalysedPoint"/> values on read.
/// A million-point chart thus costs a few arrays, not a million objects; multiply, the null-for-non-finite
/// rule and sigma signals are applied here, at the output boundary, so no NaN or infinity ever leaves.
/// </summary>
internal sealed class PointTable(
    PreparedSeries series,
    double[] y,
    SeriesLayout layout,
    PartLines[] lines,
    double multiply,
    byte[]? pointTypes) : IReadOnlyList<AnalysedPoint>
{
    public int Count => series.Count;

    public AnalysedPoint this[int index]
    {
        get
        {
            if ((uint)index >= (uint)series.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return Build(index, SegmentOf(index));
        }
    }

    public IEnumerator<AnalysedPoint> GetEnumerator()
    {
        for (var s = 0; s < layout.Segments; s++)
        {
            for (var i = layout.SegmentStart[s]; i < layout.SegmentStart[s + 1]; i++)
            {
                yield return Build(i, s);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int SegmentOf(int index)
    {
        var found = Array.BinarySearch(layout.SegmentStart, 0, layout.Segments, index);
        return found >= 0 ? found : ~found - 1;
    }

    private AnalysedPoint Build(int i, int segment)
    {
        var partLines = lines[segment];
        var limits = partLines.At(i - layout.SegmentStart[segment]);
        var subgroups = series.YLength is not null;
        return new AnalysedPoint
        {
            X = series.X[i],
            Y = Finite(y[i] * multiply),
            N = series.N is null ? null : Finite(series.N[i]),
            CenterLine = Finite(partLines.Center * multiply),
            LowerLimit = Finite(limits.Lower * multiply),
            UpperLimit = Finite(limits.Upper * multiply),
            LowerLimit95 = Finite(limits.Lower95 * multiply),
            UpperLimit95 = Finite(limits.Upper95 * multiply),
            SigmaSignal = SigmaSignal.Side(y[i], limits, multiply) != 0,
            Part = layout.SegmentPart[segment],
            Baseline = layout.IsBaseline(i),
            Included = layout.IsIncluded(i),
            PointType = pointTypes is null ? null : Rules.NhsRules.TypeName(pointTypes[i]),
            YLength = subgroups ? series.YLength![i] : null,
            YMean = subgroups ? Finite(series.YMean![i]) : null,
            YSd = subgroups ? Finite(series.YSd![i]) : null,
        };
    }

    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
