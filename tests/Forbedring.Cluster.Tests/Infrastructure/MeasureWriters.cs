using System.Collections.Concurrent;
using Forbedring.Load;

namespace Forbedring.Cluster.Tests.Infrastructure;

/// <summary>
/// Staff in several services logging measurements without pause, each into a measure of its own,
/// one day after the other; every attempt and its outcome is kept, so a test can check afterwards
/// that each acknowledged point is stored.
/// </summary>
public sealed class MeasureWriters(ApiSession session, IReadOnlyList<string> measureIds)
{
    private readonly ConcurrentQueue<Attempt> attempts = new();
    private readonly int[] next = new int[measureIds.Count];
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    public IReadOnlyCollection<Attempt> Attempts => attempts;

    public static async Task<MeasureWriters> SetUpAsync(ApiSession session, string name, int writers)
    {
        var (networkId, serviceId) = await session.Fixtures.NetworkWithServiceAsync(name);
        var areaId = await session.Fixtures.AreaAsync(networkId, serviceId, "Logging under feil");
        var measures = new List<string>();
        for (var i = 0; i < writers; i++)
            measures.Add(await session.Fixtures.MeasureAsync(areaId, $"Måling {i}"));
        return new MeasureWriters(session, measures);
    }

    public void Start() => running = Task.WhenAll(measureIds.Select((_, i) => Task.Run(() => WriteAsync(i))));

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
            await running;
    }

    private async Task WriteAsync(int writer)
    {
        while (!stop.IsCancellationRequested)
        {
            var period = Fixtures.Day(new DateOnly(1990, 1, 1), next[writer]++);
            var attempt = await session.LogAsync(measureIds[writer], period);
            attempts.Enqueue(attempt);
            if (attempt.Outcome != Outcome.Acknowledged)
                await Task.Delay(200); // as a client honouring Retry-After would, a little sooner
        }
    }

    /// <summary>Every acknowledged point that the store does not hold now.</summary>
    public async Task<IReadOnlyList<Attempt>> MissingAcknowledgedAsync()
    {
        var missing = new List<Attempt>();
        foreach (var measureId in measureIds)
        {
            var stored = await session.PeriodsAsync(measureId);
            missing.AddRange(attempts.Where(a => a.MeasureId == measureId && a.Outcome == Outcome.Acknowledged && !stored.Contains(a.Period)));
        }
        return missing;
    }

    public int Count(Outcome outcome) => attempts.Count(a => a.Outcome == outcome);

    /// <summary>The end of the last attempt that did not succeed, if any.</summary>
    public DateTime? LastFailureEnd(DateTime after) =>
        attempts.Where(a => a.Outcome != Outcome.Acknowledged && a.Finished > after).Select(a => (DateTime?)a.Finished).Max();

    public bool AllWritersSucceededSince(DateTime since) =>
        measureIds.All(m => attempts.Any(a => a.MeasureId == m && a.Outcome == Outcome.Acknowledged && a.At > since));
}
