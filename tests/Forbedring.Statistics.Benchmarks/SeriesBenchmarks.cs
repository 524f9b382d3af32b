using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Forbedring.Statistics.Benchmarks;

/// <summary>Synthetic series and the shared call; the internal overload lifts the public 100,000-row limit.</summary>
internal static class Series
{
    public static Observation[] Measurements(int points, int seed)
    {
        var random = new Random(seed);
        var rows = new Observation[points];
        for (var i = 0; i < points; i++)
        {
            rows[i] = new Observation((i + 1).ToString(CultureInfo.InvariantCulture), 50 + (10 * Normal(random)));
        }

        return rows;
    }

    public static Observation[] Proportions(int points, int seed)
    {
        var random = new Random(seed);
        var rows = new Observation[points];
        for (var i = 0; i < points; i++)
        {
            var n = random.Next(50, 500);
            var y = Math.Round(n * (0.2 + (0.02 * Normal(random))), MidpointRounding.AwayFromZero);
            rows[i] = new Observation((i + 1).ToString(CultureInfo.InvariantCulture), y, n);
        }

        return rows;
    }

    public static SeriesAnalysis Run(SeriesSpec spec) =>
        SeriesAnalyzer.Analyze(spec, int.MaxValue).Analysis ?? throw new InvalidOperationException("The benchmark input was refused.");

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

/// <summary>
/// I chart with the Anhøj runs analysis, end to end (parse x, aggregate, chart, runs, verdict).
/// Divide the mean by the point count for ns per point.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class IChartBenchmarks
{
    private SeriesSpec _spec = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup() => _spec = new SeriesSpec(ChartType.I, Series.Measurements(Points, 1));

    [Benchmark]
    public SeriesAnalysis IChartWithRuns() => Series.Run(_spec);
}

/// <summary>P chart with variable denominators, and the NHS rules on an XmR chart, 100,000 points each.</summary>
[MemoryDiagnoser]
[MinColumn]
public class RuleBenchmarks
{
    private const int Points = 100_000;
    private SeriesSpec _proportions = null!;
    private SeriesSpec _nhs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _proportions = new SeriesSpec(ChartType.P, Series.Proportions(Points, 2));
        _nhs = new SeriesSpec(ChartType.I, Series.Measurements(Points, 3))
        {
            RuleSet = RuleSet.Nhs,
            Direction = ImprovementDirection.Up,
            Target = 50,
        };
    }

    [Benchmark]
    public SeriesAnalysis PChartVariableN() => Series.Run(_proportions);

    [Benchmark]
    public SeriesAnalysis NhsRules() => Series.Run(_nhs);
}
