using System.Collections.Concurrent;
using System.Diagnostics;

namespace Forbedring.Load;

/// <summary>
/// Mixed traffic for a long time (logging, reading an area, the overview), reported minute by minute:
/// operations, error rate, p95, and the resident memory of the watched processes (the api and silos).
/// The series are bounded (logging cycles through two years of days, correcting earlier points), so
/// a steady system shows flat memory; growth would be a leak.
/// </summary>
public static class Soak
{
    public static async Task<int> RunAsync(GraphQLClient api, Fixtures fixtures, LoadOptions options, string run)
    {
        var (networkId, serviceId) = await fixtures.NetworkWithServiceAsync("Soak " + run);
        var logArea = await fixtures.AreaAsync(networkId, serviceId, "Soak logging");
        var measures = new string[options.Clients];
        for (var i = 0; i < measures.Length; i++)
            measures[i] = await fixtures.MeasureAsync(logArea, $"Soak {i}");
        var readArea = await fixtures.AreaAsync(networkId, serviceId, "Soak lesing");
        for (var i = 0; i < 3; i++)
            await fixtures.FillAsync(await fixtures.MeasureAsync(readArea, $"Lesing {i}"), 100);
        const string areaQuery = "query($id: ID!) { improvementArea(id: $id) { title measures { name points { period value } chart { analysis { points { y centerLine } } } } } }";

        var minutes = (int)Math.Ceiling(options.SoakMinutes);
        var windows = Enumerable.Range(0, minutes).Select(_ => new Window()).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var end = TimeSpan.FromMinutes(options.SoakMinutes);
        Console.WriteLine($"soak: {options.Clients} clients, {options.SoakMinutes} min of mixed traffic (60 % logging, 30 % area reads, 10 % overview); watching pids {string.Join(',', options.WatchPids)}");
        Console.WriteLine($"{"minute",6} {"ops",7} {"ops/s",7} {"errors",6} {"error %",7} {"p95 ms",8} {"RSS MiB per process",-30}");

        async Task Client(int client)
        {
            var random = new Random(client);
            var n = 0;
            while (stopwatch.Elapsed < end)
            {
                var window = windows[Math.Min(windows.Length - 1, (int)stopwatch.Elapsed.TotalMinutes)];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var pick = random.Next(10);
                    if (pick < 6)
                        await api.MutateAsync("logMeasurement", "point", "LogMeasurementInput",
                            new { measureId = measures[client], period = Fixtures.Day(new DateOnly(2020, 1, 1), n++ % 730), numerator = (double)random.Next(10), denominator = 10.0 }, "period");
                    else if (pick < 9)
                        await api.SendAsync(areaQuery, new { id = readArea });
                    else
                        await OverviewScenario.QueryAsync(api, networkId);
                    window.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref window.Errors) <= 2)
                        Console.Error.WriteLine($"soak: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        var clients = Task.WhenAll(Enumerable.Range(0, options.Clients).Select(c => Task.Run(() => Client(c))));
        for (var minute = 0; minute < minutes; minute++)
        {
            var due = TimeSpan.FromMinutes(Math.Min(minute + 1, options.SoakMinutes));
            var wait = due - stopwatch.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.WhenAny(clients, Task.Delay(wait));
            windows[minute].Rss = options.WatchPids.Select(ResidentMiB).ToArray();
            Console.WriteLine(windows[minute].Line(minute + 1));
        }
        await clients;

        var first = windows[0];
        var last = windows[^1];
        // The first minute warms up (JIT, grain activations, caches): compare the second with the last.
        var baseline = windows.Length > 2 ? windows[1] : first;
        Console.WriteLine();
        Console.WriteLine($"memory (RSS, all watched processes): minute {Array.IndexOf(windows, baseline) + 1} {baseline.Rss.Sum():F0} MiB, last minute {last.Rss.Sum():F0} MiB, " +
                          $"change {(last.Rss.Sum() / baseline.Rss.Sum() - 1) * 100:+0.0;-0.0} %");
        Console.WriteLine($"error rate: first minute {first.ErrorRate:P2}, last minute {last.ErrorRate:P2}, overall {windows.Sum(w => w.Errors)} of {windows.Sum(w => w.Operations)}");
        return windows.Sum(w => w.Errors) > 0 ? 1 : 0;
    }

    private static double ResidentMiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private sealed class Window
    {
        public readonly ConcurrentBag<double> Latencies = [];
        public int Errors;
        public double[] Rss = [];

        public int Operations => Latencies.Count + Errors;

        public double ErrorRate => Operations == 0 ? 0 : (double)Errors / Operations;

        public string Line(int minute)
        {
            var sorted = Latencies.Order().ToArray();
            var p95 = sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Length) - 1, 0, sorted.Length - 1)];
            return $"{minute,6} {Operations,7} {Operations / 60.0,7:F1} {Errors,6} {ErrorRate,7:P2} {p95,8:F1} {string.Join(" / ", Rss.Select(r => r.ToString("F0")))}";
        }
    }
}
