using FsCheck;
using FsCheck.Xunit;
using Forbedring.Statistics.Numerics;

namespace Forbedring.Statistics.Tests;

/// <summary>The four-lane sums must give what the plain loop gives, up to the last bits of the order of addition.</summary>
public class VectorSumsTests
{
    private static bool Close(double a, double b) =>
        a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Raw ints become values; every 5th (by the value) is missing, so NaN sits at every lane position.</summary>
    private static double[] Values(int[] raw) =>
        [.. raw.Select(v => v % 5 == 0 ? double.NaN : v / 3.0)];

    [Property(MaxTest = 300)]
    public bool Values_and_ranges_match_the_plain_loop(int[] raw, bool screen)
    {
        var y = Values(raw);
        if (y.Length == 0)
        {
            return true;
        }

        // A threshold inside the data's range, so some ranges are kept and some screened.
        var below = screen ? Math.Abs(raw.DefaultIfEmpty().Average()) / 3.0 + 1 : double.PositiveInfinity;
        double values = 0, ranges = 0;
        int valueCount = 0, rangeCount = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                values += y[i];
                valueCount++;
            }

            if (i > 0)
            {
                var r = Math.Abs(y[i] - y[i - 1]);
                if (double.IsPositiveInfinity(below) ? !double.IsNaN(r) : r < below)
                {
                    ranges += r;
                    rangeCount++;
                }
            }
        }

        var v = VectorSums.ValuesAndRanges(y, below);
        return v.ValueCount == valueCount && v.RangeCount == rangeCount && Close(v.ValueSum.Value, values) && Close(v.RangeSum.Value, ranges);
    }

    [Property(MaxTest = 300)]
    public bool Ratio_sums_match_the_plain_loop(int[] raw)
    {
        var top = Values(raw);
        var bottom = raw.Select(v => (double)Math.Abs(v % 1000)).ToArray();
        double numerator = 0, denominator = 0;
        for (var i = 0; i < top.Length; i++)
        {
            numerator += double.IsNaN(top[i]) ? 0 : top[i];
            denominator += bottom[i];
        }

        var (n, d) = VectorSums.Ratio(top, bottom);
        return Close(n, numerator) && Close(d, denominator);
    }

    [Fact]
    public void A_long_series_takes_the_vector_path_and_agrees_with_a_short_one_cut_from_it()
    {
        // 1..200 with 50 and 51 missing: values Σ = 20100 − 101 = 19999 over 198; ranges are all 1 except
        // the three touching the gap (49→NaN, NaN→NaN, NaN→52), so 199 − 3 = 196 ranges summing to 196.
        var y = Enumerable.Range(1, 200).Select(i => i is 50 or 51 ? double.NaN : i).ToArray();
        var sums = VectorSums.ValuesAndRanges(y, double.PositiveInfinity);
        Assert.Equal((19999.0, 198, 196.0, 196), (sums.ValueSum.Value, sums.ValueCount, sums.RangeSum.Value, sums.RangeCount));

        // Screened below 1: no range is strictly below 1.
        var screened = VectorSums.ValuesAndRanges(y, 1);
        Assert.Equal((0.0, 0), (screened.RangeSum.Value, screened.RangeCount));
    }

    [Fact]
    public void Sums_are_correctly_rounded_and_an_infinity_stays_an_infinity()
    {
        // 100 × 0.1: plain double addition gives 9.99999999999998; the exact sum of the doubles rounds to 10.
        var tenths = Enumerable.Repeat(0.1, 100).ToArray();
        var sums = VectorSums.ValuesAndRanges(tenths, double.PositiveInfinity);
        Assert.Equal(10.0, sums.ValueSum.Value);
        Assert.Equal(0.1, sums.ValueSum.MeanOf(sums.ValueCount));

        var withInfinity = Enumerable.Range(0, 100).Select(i => i == 70 ? double.PositiveInfinity : 1.0).ToArray();
        Assert.Equal(double.PositiveInfinity, VectorSums.ValuesAndRanges(withInfinity, double.PositiveInfinity).ValueSum.Value);
        Assert.Equal((double.PositiveInfinity, 100.0), VectorSums.Ratio(withInfinity, Enumerable.Repeat(1.0, 100).ToArray()));
    }
}
