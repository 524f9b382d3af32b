using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Numerics;

/// <summary>Means and medians over the base set (baseline and included) of one part, skipping missing values.</summary>
internal static class Descriptive
{
    public static double BaseMean(double[] y, SeriesLayout layout, int from, int to)
    {
        var sum = default(AccurateSum);
        var count = 0;
        var end = Math.Min(to, layout.BaselineEnd);
        for (var i = from; i < end; i++)
        {
            var v = y[i];
            if (!double.IsNaN(v) && layout.IsIncluded(i))
            {
                sum.Add(v);
                count++;
            }
        }

        return count > 0 ? sum.MeanOf(count) : double.NaN;
    }

    public static double BaseMedian(double[] y, SeriesLayout layout, int from, int to)
    {
        var values = new List<double>(Math.Max(0, Math.Min(to, layout.BaselineEnd) - from));
        for (var i = from; i < to; i++)
        {
            if (layout.IsBase(i) && !double.IsNaN(y[i]))
            {
                values.Add(y[i]);
            }
        }

        return Median(values);
    }

    /// <summary>The middle value, or the mean of the two middle values; NaN for no values.</summary>
    public static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>Base count of non-missing values, counting no further than <paramref name="enough"/> (the question is only "fewer than 12?").</summary>
    public static int BaseCount(double[] y, SeriesLayout layout, int from, int to, int enough = int.MaxValue)
    {
        var count = 0;
        for (var i = from; i < to && count < enough; i++)
        {
            if (layout.IsBase(i) && !double.IsNaN(y[i]))
            {
                count++;
            }
        }

        return count;
    }
}
