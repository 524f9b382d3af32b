using System.Runtime.InteropServices;
using Forbedring.Statistics.Numerics;

namespace Forbedring.Statistics.Preparation;

/// <summary>
/// The data-preparation step every chart shares: check each row, pair up missing values,
/// and aggregate rows into subgroups by x in ascending x order.
/// </summary>
internal static class DataPreparation
{
    public static PreparedSeries? Prepare(SeriesSpec spec, ErrorList errors)
    {
        var rows = AsSpan(spec.Observations);
        var count = rows.Length;
        if (count == 0)
        {
            return PreparedSeries.Empty;
        }

        var ys = GC.AllocateUninitializedArray<double>(count);
        double[]? ns = null; // created at the first row with a denominator; the series then "has a denominator"
        double[]? ratios = null; // y/n per row, made with ns: the plotted y when every row is its own subgroup
        long[]? numericKeys = null; // created only when x turns out not to be in order already
        var numeric = spec.XKind != XKind.Category;
        var index = spec.XKind == XKind.Index;
        var previousKey = long.MinValue;
        var sorted = true;
        var countChart = IsCountChart(spec.Chart);
        var proportionChart = spec.Chart is ChartType.P or ChartType.PP;

        // One pass over the rows: they may be a million objects, so touching each once matters. The
        // common case (x present, y finite or missing, x in order) takes no branch that is not predictable.
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            var x = row?.X;
            if (x is null)
            {
                errors.AddRow("MISSING_X", $"observations[{i}].x", $"{ErrorList.RowNb(i, null)} mangler x.", $"{ErrorList.RowEn(i, null)} has no x.");
                ys[i] = double.NaN;
                if (ns is not null)
                {
                    ns[i] = double.NaN;
                }

                continue;
            }

            var y = row!.Y ?? double.NaN;
            if (row.N is { } n)
            {
                if (ns is null)
                {
                    (ns, ratios) = StartDenominators(ys, i);
                }

                if (!double.IsFinite(n) || n < 0 || (proportionChart && n > 0 && y > n))
                {
                    CheckDenominator(row, i, y, n, proportionChart, errors); // says which; kept out of the hot loop
                }
            }

            if (ns is null)
            {
                ys[i] = y;
            }
            else
            {
                StorePair(i, y, row.N, ys, ns, ratios!);
            }

            // A missing y is NaN here too, so ask about HasValue only for the rare non-finite value.
            if (!double.IsFinite(y) && row.Y.HasValue)
            {
                errors.AddRow("NON_FINITE_VALUE", $"observations[{i}].y", $"{ErrorList.RowNb(i, x)}: y må være et endelig tall.", $"{ErrorList.RowEn(i, x)}: y must be a finite number.");
            }

            if (countChart && y < 0)
            {
                errors.AddRow("NEGATIVE_COUNT", $"observations[{i}].y", $"{ErrorList.RowNb(i, x)}: en telling kan ikke være negativ.", $"{ErrorList.RowEn(i, x)}: a count cannot be negative.");
            }

            if (numeric)
            {
                if (!TryKey(index, x, out var key))
                {
                    var (nb, en) = index
                        ? ("et heltall", "an integer")
                        : ("en dato på formen ÅÅÅÅ-MM-DD", "a date in the form YYYY-MM-DD");
                    errors.AddRow("INVALID_X", $"observations[{i}].x", $"{ErrorList.RowNb(i, x)}: x må være {nb}.", $"{ErrorList.RowEn(i, x)}: x must be {en}.");
                }

                if (key <= previousKey && numericKeys is null && i > 0)
                {
                    // Out of order after all: collect the keys so far, and every key from here on.
                    sorted = false;
                    numericKeys = KeysSoFar(rows, i, index);
                }

                if (numericKeys is not null)
                {
                    numericKeys[i] = key;
                }

                previousKey = key;
            }
            else if (i > 0 && sorted && XKeys.CategoryOrder(rows[i - 1]?.X ?? string.Empty, x) >= 0)
            {
                sorted = false;
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var subgroupStats = spec.Chart is ChartType.Xbar or ChartType.S;
        if (sorted)
        {
            // The common case: one row per x, already in order. No grouping, and the labels are read from the rows.
            return FromSingleRows(new LabelColumn(spec.Observations), ys, ns, ratios, subgroupStats);
        }

        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = rows[i]!.X;
        }

        var order = SortRows(numericKeys, labels);
        return Aggregate(order, numericKeys, labels, ys, ns, subgroupStats);
    }

    /// <summary>Keys of the rows before <paramref name="end"/>, with room for the rest; rows with a bad x already have an error.</summary>
    private static long[] KeysSoFar(ReadOnlySpan<Observation> rows, int end, bool index)
    {
        var keys = GC.AllocateUninitializedArray<long>(rows.Length);
        for (var j = 0; j < end; j++)
        {
            var earlier = rows[j]?.X;
            keys[j] = earlier is not null && TryKey(index, earlier, out var k) ? k : 0;
        }

        return keys;
    }

    /// <summary>
    /// The first row with a denominator: from now on the series has one, and every earlier row is a
    /// missing pair (its n is missing), so it gets a missing y and an n of 0.
    /// </summary>
    private static (double[] Ns, double[] Ratios) StartDenominators(double[] ys, int rowsBefore)
    {
        var ns = GC.AllocateUninitializedArray<double>(ys.Length);
        var ratios = GC.AllocateUninitializedArray<double>(ys.Length);
        Array.Fill(ys, double.NaN, 0, rowsBefore);
        Array.Fill(ns, 0, 0, rowsBefore);
        Array.Fill(ratios, double.NaN, 0, rowsBefore);
        return (ns, ratios);
    }

    /// <summary>
    /// Missing pairs: with denominators, a row missing either value is missing both, and its n is 0,
    /// not missing (0 also adds nothing when rows are summed into subgroups). The ratio y/n is made
    /// here, in the one pass over the rows, rather than in a second pass over three arrays.
    /// </summary>
    private static void StorePair(int i, double y, double? n, double[] ys, double[] ns, double[] ratios)
    {
        if (double.IsNaN(y) || n is not { } denominator)
        {
            ys[i] = double.NaN;
            ns[i] = 0;
            ratios[i] = double.NaN;
        }
        else
        {
            ys[i] = y;
            ns[i] = denominator;
            ratios[i] = y / denominator;
        }
    }

    private static bool TryKey(bool index, string text, out long key)
    {
        if (index)
        {
            return XKeys.TryParseIndex(text, out key);
        }

        var ok = XKeys.TryParseDate(text, out var day);
        key = day;
        return ok;
    }

    private static void CheckDenominator(Observation row, int i, double y, double n, bool proportionChart, ErrorList errors)
    {
        if (!double.IsFinite(n))
        {
            errors.AddRow("NON_FINITE_VALUE", $"observations[{i}].n", $"{ErrorList.RowNb(i, row.X)}: n må være et endelig tall.", $"{ErrorList.RowEn(i, row.X)}: n must be a finite number.");
        }
        else if (n < 0)
        {
            errors.AddRow("NEGATIVE_DENOMINATOR", $"observations[{i}].n", $"{ErrorList.RowNb(i, row.X)}: nevneren kan ikke være negativ.", $"{ErrorList.RowEn(i, row.X)}: the denominator cannot be negative.");
        }

        // A zero denominator is allowed (it plots as a missing point with no limits, as in the reference),
        // so only a positive denominator can be exceeded.
        if (proportionChart && n > 0 && y > n)
        {
            errors.AddRow("NUMERATOR_EXCEEDS_DENOMINATOR", $"observations[{i}].y", $"{ErrorList.RowNb(i, row.X)}: telleren er større enn nevneren.", $"{ErrorList.RowEn(i, row.X)}: the numerator is greater than the denominator.");
        }
    }

    /// <summary>Charts whose y is a count (or a proportion/rate numerator) that cannot be negative.</summary>
    private static bool IsCountChart(ChartType chart) =>
        chart is ChartType.C or ChartType.U or ChartType.UP or ChartType.P or ChartType.PP or ChartType.G;

    /// <summary>The rows as a span: arrays and lists directly, any other list copied once (the GraphQL layer passes a list).</summary>
    private static ReadOnlySpan<Observation> AsSpan(IReadOnlyList<Observation> list) => list switch
    {
        Observation[] array => array,
        List<Observation> l => CollectionsMarshal.AsSpan(l),
        _ => list.ToArray(),
    };

    private static PreparedSeries FromSingleRows(LabelColumn labels, double[] ys, double[]? ns, double[]? ratios, bool subgroupStats)
    {
        var count = ys.Length;

        // Without a denominator the mean of one value is the value, and so is its sum; with one, y/n.
        var y = ratios ?? ys;

        int[]? lengths = null;
        double[]? sds = null;
        if (subgroupStats)
        {
            lengths = new int[count];
            sds = new double[count];
            for (var i = 0; i < count; i++)
            {
                lengths[i] = double.IsNaN(ys[i]) ? 0 : 1;
                sds[i] = double.NaN;
            }
        }

        return new PreparedSeries
        {
            Count = count,
            X = labels,
            Y = y,
            YSum = ys,
            N = ns,
            YLength = lengths,
            YMean = subgroupStats ? ys : null,
            YSd = sds,
        };
    }

    /// <summary>Row indices in ascending x order; ties keep input order so a subgroup's label is its first row's x.</summary>
    private static int[] SortRows(long[]? numericKeys, string[] labels)
    {
        var order = new int[labels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (numericKeys is not null)
        {
            Array.Sort(order, (a, b) =>
            {
                var c = numericKeys[a].CompareTo(numericKeys[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
        }
        else
        {
            Array.Sort(order, (a, b) =>
            {
                var c = XKeys.CategoryOrder(labels[a], labels[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
        }

        return order;
    }

    private static PreparedSeries Aggregate(int[] order, long[]? numericKeys, string[] labels, double[] ys, double[]? ns, bool subgroupStats)
    {
        // Group boundaries: equal numeric keys, or ordinal-equal category labels.
        var starts = new List<int> { 0 };
        for (var k = 1; k < order.Length; k++)
        {
            var same = numericKeys is not null
                ? numericKeys[order[k]] == numericKeys[order[k - 1]]
                : string.Equals(labels[order[k]], labels[order[k - 1]], StringComparison.Ordinal);
            if (!same)
            {
                starts.Add(k);
            }
        }

        var groups = starts.Count;
        starts.Add(order.Length);
        var x = new string[groups];
        var y = new double[groups];
        var ySum = new double[groups];
        var n = ns is null ? null : new double[groups];
        var lengths = subgroupStats ? new int[groups] : null;
        var means = subgroupStats ? new double[groups] : null;
        var sds = subgroupStats ? new double[groups] : null;

        for (var g = 0; g < groups; g++)
        {
            int from = starts[g], to = starts[g + 1];
            x[g] = labels[order[from]];
            // Accurate sums: R's sum() and mean() return the correctly rounded result (see AccurateSum).
            AccurateSum sum = default, nSum = default;
            var length = 0;
            for (var k = from; k < to; k++)
            {
                var v = ys[order[k]];
                if (!double.IsNaN(v))
                {
                    sum.Add(v);
                    length++;
                }

                if (ns is not null)
                {
                    nSum.Add(ns[order[k]]); // a missing pair's n is 0, so it adds nothing
                }
            }

            var rows = to - from;
            // A lone missing row keeps its sum missing; several rows sum what is there (0 if nothing).
            ySum[g] = rows == 1 ? ys[order[from]] : sum.Value;
            var mean = length > 0 ? sum.MeanOf(length) : double.NaN;
            if (n is not null)
            {
                n[g] = nSum.Value;
                y[g] = sum.Value / nSum.Value;
            }
            else
            {
                y[g] = mean;
            }

            if (subgroupStats)
            {
                lengths![g] = length;
                means![g] = mean;
                sds![g] = SampleSd(ys, order, from, to, mean, length);
            }
        }

        return new PreparedSeries
        {
            Count = groups,
            X = new LabelColumn(x),
            Y = y,
            YSum = ySum,
            N = n,
            YLength = lengths,
            YMean = means,
            YSd = sds,
        };
    }

    private static double SampleSd(double[] ys, int[] order, int from, int to, double mean, int length)
    {
        if (length < 2)
        {
            return double.NaN;
        }

        double squares = 0;
        for (var k = from; k < to; k++)
        {
            var v = ys[order[k]];
            if (!double.IsNaN(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }

        return Math.Sqrt(squares / (length - 1));
    }
}
