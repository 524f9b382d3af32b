using System.Globalization;
using Forbedring.Statistics.Charts;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Rules;

/// <summary>
/// The IHI run-chart rules (Perla, Provost &amp; Murray 2011): shift, trend, too few/many runs, and
/// astronomical points, which are a human judgement; we only suggest candidates.
/// Each part is judged on its own included points; missing values are skipped.
/// </summary>
internal static class IhiRules
{
    private const int ShiftLength = 6;
    private const int TrendLength = 5;

    public static IhiPartResult Analyze(double[] y, double cl, SeriesLayout layout, RunsAnalysis runs, int part, int from, int to, bool screen)
    {
        var positions = new List<int>(to - from);
        for (var i = from; i < to; i++)
        {
            if (layout.IsIncluded(i) && !double.IsNaN(y[i]))
            {
                positions.Add(i);
            }
        }

        return new IhiPartResult(
            part,
            Shifts(y, cl, positions),
            Trends(y, positions),
            RunsTest(runs),
            Astronomical(y, layout, from, to, screen));
    }

    /// <summary>6 or more points in a row on one side of the centre line; points on the line neither count nor break.</summary>
    private static List<int> Shifts(double[] y, double cl, List<int> positions)
    {
        var flagged = new List<int>();
        var run = new List<int>();
        var side = 0;
        foreach (var i in positions)
        {
            var s = y[i] > cl ? 1 : y[i] < cl ? -1 : 0;
            if (s == 0)
            {
                continue;
            }

            if (s != side)
            {
                Flush(run, ShiftLength, flagged);
                side = s;
            }

            run.Add(i);
        }

        Flush(run, ShiftLength, flagged);
        return flagged;
    }

    /// <summary>5 or more points in a row all going up (or all down); a point equal to the one before neither counts nor breaks.</summary>
    private static List<int> Trends(double[] y, List<int> positions)
    {
        var flagged = new List<int>();
        var run = new List<int>();
        var direction = 0;
        var previous = -1;
        foreach (var i in positions)
        {
            if (previous < 0)
            {
                run.Add(i);
                previous = i;
                continue;
            }

            var d = y[i] > y[previous] ? 1 : y[i] < y[previous] ? -1 : 0;
            if (d == 0)
            {
                continue;
            }

            if (d != direction)
            {
                // The turning point ends one trend and starts the next.
                Flush(run, TrendLength, flagged);
                run.Add(previous);
                direction = d;
            }

            run.Add(i);
            previous = i;
        }

        Flush(run, TrendLength, flagged);
        flagged.Sort();
        return [.. flagged.Distinct()];
    }

    private static void Flush(List<int> run, int minimum, List<int> flagged)
    {
        if (run.Count >= minimum)
        {
            foreach (var i in run)
            {
                flagged.Add(i + 1); // 1-based positions for people
            }
        }

        run.Clear();
    }

    private static IhiRunsTest RunsTest(RunsAnalysis runs)
    {
        var useful = runs.UsefulObservations;
        if (useful < RunsDistribution.MinUseful || useful > RunsDistribution.MaxUseful)
        {
            var n = useful.ToString(CultureInfo.InvariantCulture);
            return new IhiRunsTest(
                false,
                useful,
                runs.Crossings + 1,
                null,
                null,
                false,
                false,
                $"Regelen for antall serier brukes bare med 10 til 60 nyttige punkter (punkter som ikke ligger på midtlinjen); her er det {n}.",
                $"The number-of-runs rule applies only with 10 to 60 useful points (points not on the centre line); there are {n}.");
        }

        var count = runs.Crossings!.Value + 1;
        var (lower, upper) = RunsDistribution.Limits(useful);
        return new IhiRunsTest(true, useful, count, lower, upper, count < lower, count > upper, null, null);
    }

    /// <summary>Candidates only: points outside the I-chart limits of the same data.</summary>
    private static List<int> Astronomical(double[] y, SeriesLayout layout, int from, int to, bool screen)
    {
        var lines = IndividualsChart.Compute(y, layout, from, to, screen);
        var suggestions = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (layout.IsIncluded(i) && (y[i] > lines.Constant.Upper || y[i] < lines.Constant.Lower))
            {
                suggestions.Add(i + 1);
            }
        }

        return suggestions;
    }
}
