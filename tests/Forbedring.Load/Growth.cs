using System.Diagnostics;

namespace Forbedring.Load;

/// <summary>
/// Sequential operations on one growing series: the median cost early on against the median cost at
/// the end (medians, so one garbage collection or a neighbour's burst does not decide the ratio).
/// </summary>
public sealed record Growth(int Points, int Window, double EarlyMs, double LateMs)
{
    public double Ratio => LateMs / EarlyMs;

    public static async Task<Growth> MeasureAsync(int points, Func<int, Task> operation)
    {
        var latencies = new double[points];
        for (var n = 0; n < points; n++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(n);
            latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        var window = Math.Max(1, Math.Min(100, points / 4));
        return new Growth(points, window, Median(latencies.Skip(10).Take(window)), Median(latencies.Skip(points - window)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public override string ToString() =>
        $"median of points 10..{10 + Window} = {EarlyMs:F2} ms, last {Window} of {Points} = {LateMs:F2} ms, ratio = {Ratio:F2} (target <= 1.2)";
}
