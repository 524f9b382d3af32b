namespace Forbedring.Load;

/// <summary>Throughput and latency percentiles of one scenario run.</summary>
public sealed record LoadResult(string Scenario, int Clients, int Operations, int Errors, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double Throughput => Operations / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"{Scenario,-28} clients={Clients,3} ops={Operations,7} errors={Errors,4} throughput={Throughput,9:F1}/s " +
        $"p50={Percentile(50),7:F2}ms p95={Percentile(95),7:F2}ms p99={Percentile(99),7:F2}ms";
}
