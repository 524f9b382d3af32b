using System.Collections.Concurrent;
using System.Diagnostics;

namespace Forbedring.Load;

/// <summary>Runs one operation from N concurrent clients for a bounded time or count, timing each call.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(string scenario, int clients, TimeSpan duration, int maxOperations,
        Func<int, int, Task> operation)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var deadline = stopwatch.Elapsed + duration;

        async Task Client(int client)
        {
            while (stopwatch.Elapsed < deadline)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= maxOperations) return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await operation(client, n);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                        Console.Error.WriteLine($"{scenario}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(Client));
        stopwatch.Stop();
        return new LoadResult(scenario, clients, latencies.Count, errors, stopwatch.Elapsed, latencies.ToArray());
    }
}
