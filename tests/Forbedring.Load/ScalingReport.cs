using System.Text.Json;

namespace Forbedring.Load;

/// <summary>
/// The results of one run as JSON (<c>--results FILE</c>), and <c>compare ONE TWO</c>: each scenario's
/// throughput and percentiles against one silo and against two, and the scaling ratio (two / one).
/// </summary>
public static class ScalingReport
{
    public sealed record Row(string Scenario, int Clients, int Operations, int Errors, double Throughput, double P50, double P95, double P99);

    public static void Write(string path, IEnumerable<LoadResult> results) =>
        File.WriteAllText(path, JsonSerializer.Serialize(results.Select(r =>
            new Row(r.Scenario, r.Clients, r.Operations, r.Errors, r.Throughput, r.Percentile(50), r.Percentile(95), r.Percentile(99)))));

    public static int Compare(string onePath, string twoPath)
    {
        var one = Read(onePath);
        var two = Read(twoPath).ToDictionary(r => r.Scenario);
        Console.WriteLine($"{"scenario",-28} {"silos",5} {"throughput",11} {"p50",9} {"p95",9} {"p99",9} {"errors",6}");
        foreach (var a in one)
        {
            Console.WriteLine(Line(a, 1));
            if (!two.TryGetValue(a.Scenario, out var b))
                continue;
            Console.WriteLine(Line(b, 2));
            Console.WriteLine($"{"",-28} scaling ratio (throughput two / one) = {b.Throughput / a.Throughput:F2}");
        }
        return 0;
    }

    private static string Line(Row r, int silos) =>
        $"{r.Scenario,-28} {silos,5} {r.Throughput,9:F1}/s {r.P50,7:F1}ms {r.P95,7:F1}ms {r.P99,7:F1}ms {r.Errors,6}";

    private static List<Row> Read(string path) => JsonSerializer.Deserialize<List<Row>>(File.ReadAllText(path)) ?? [];
}
