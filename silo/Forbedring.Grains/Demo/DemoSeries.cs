using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;

namespace Forbedring.Grains.Demo;

/// <summary>
/// Made-up aggregate series for the demo (counts per week or month, never a patient), drawn from a
/// seeded <see cref="Random"/> so every load gives the same numbers.
/// </summary>
internal static class DemoSeries
{
    /// <summary>Mondays from <paramref name="first"/> (inclusive), <paramref name="count"/> weeks.</summary>
    public static IReadOnlyList<DateOnly> Weeks(DateOnly first, int count) =>
        Enumerable.Range(0, count).Select(i => first.AddDays(7 * i)).ToList();

    /// <summary>First days of <paramref name="count"/> months from <paramref name="first"/>.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly first, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(first.Year, first.Month, 1).AddMonths(i)).ToList();

    /// <summary>A proportion per period: n cases in [minN, maxN], each "done" with the period's probability.</summary>
    public static List<PointInput> Proportion(int seed, IReadOnlyList<DateOnly> periods, Func<int, double> probability, int minN, int maxN)
    {
        var random = new Random(seed);
        return periods.Select((day, i) =>
        {
            var n = random.Next(minN, maxN + 1);
            var p = probability(i);
            var done = Enumerable.Range(0, n).Count(_ => random.NextDouble() < p);
            return new PointInput(null, day, null, done, n, null);
        }).ToList();
    }

    /// <summary>A count per period from a Poisson distribution with the given mean.</summary>
    public static List<PointInput> Count(int seed, IReadOnlyList<DateOnly> periods, double mean)
    {
        var random = new Random(seed);
        return periods.Select(day => new PointInput(null, day, Poisson(random, mean), null, null, null)).ToList();
    }

    /// <summary>A measurement per period, normal around the mean, rounded to one decimal.</summary>
    public static List<PointInput> Measurement(int seed, IReadOnlyList<DateOnly> periods, double mean, double sd)
    {
        var random = new Random(seed);
        return periods.Select(day =>
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return new PointInput(null, day, Math.Round(Math.Max(0.5, mean + sd * normal), 1), null, null, null);
        }).ToList();
    }

    /// <summary>Adds a note to the point of the period holding <paramref name="day"/>.</summary>
    public static void Note(List<PointInput> points, DateOnly day, string note)
    {
        var index = points.FindLastIndex(p => p.Date <= day);
        points[index] = points[index] with { Note = note };
    }

    /// <summary>Who logged each point: the series is split between people, mostly in runs of a few periods.</summary>
    public static IReadOnlyList<(Actor By, PointInput Point)> LoggedBy(IReadOnlyList<PointInput> points, params (int From, Actor By)[] shifts) =>
        points.Select((p, i) => (shifts.Last(s => s.From <= i).By, p)).ToList();

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
            k++;
        return k;
    }
}
