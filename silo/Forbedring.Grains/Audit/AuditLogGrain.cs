using Forbedring.Abstractions.Audit;
using Orleans.Concurrency;

namespace Forbedring.Grains.Audit;

/// <summary>
/// One audit log (key = its name). It has no grain state: the events are rows of their own
/// (<see cref="AuditStore"/>), so the 100,000th append costs what the 10th does and nothing of the
/// log is held in memory between calls.
/// </summary>
/// <remarks>
/// Every change in the installation appends here, so appends are committed in groups: a log
/// gathers what arrives for <see cref="AuditOptions.Linger"/>, and while one transaction is being
/// written, the events that arrive wait and go together in the next. Each
/// caller is still answered only once its own event is durable. Reentrant, so callers can join a
/// group; all of it runs on the grain's one scheduler, so the queue needs no lock.
/// </remarks>
[Reentrant]
public sealed class AuditLogGrain(AuditStore store, AuditOptions options) : Grain, IAuditLogGrain
{
    // The last key this activation wrote: the next event of the same tick starts one suffix below it
    // without probing. Lost on deactivation, which costs only a conflicting insert or two.
    private (long Ticks, int Suffix)? last;
    private readonly List<(AuditEvent Event, TaskCompletionSource Written)> waiting = [];
    private Task writing = Task.CompletedTask;

    private string Log => this.GetPrimaryKeyString();

    public Task Append(AuditEvent auditEvent)
    {
        AuditEventCheck.ThrowIfMalformed(auditEvent);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.Add((auditEvent, written));
        if (writing.IsCompleted)
            writing = WriteWaitingAsync();
        return written.Task;
    }

    public Task<AuditPage> Page(int take, string? before)
    {
        if (before is not null && !AuditKeys.IsCursor(before))
            throw new ArgumentException("The cursor is not one an audit log page handed out.", nameof(before));
        return store.PageAsync(Log, Math.Clamp(take, 1, IAuditLogGrain.MaxTake), before);
    }

    private async Task WriteWaitingAsync()
    {
        if (options.Linger > TimeSpan.Zero)
            await Task.Delay(options.Linger);
        while (waiting.Count > 0)
        {
            var group = waiting.Take(AuditStore.MaxBatch).ToList();
            waiting.RemoveRange(0, group.Count);
            var lastBefore = last;
            try
            {
                await store.AppendBatchAsync(Log, group.Select(g => (g.Event, NextSuffix(g.Event))).ToList());
                foreach (var (_, written) in group)
                    written.SetResult();
            }
            catch (Exception)
            {
                // A key was taken (an earlier activation wrote the same tick) or the batch failed:
                // write them one by one, each probing for a free key, and answer each on its own.
                last = lastBefore;
                foreach (var (auditEvent, written) in group)
                    await AppendOneAsync(auditEvent, written);
            }
        }
    }

    private async Task AppendOneAsync(AuditEvent auditEvent, TaskCompletionSource written)
    {
        try
        {
            var first = NextSuffix(auditEvent);
            last = (auditEvent.At.UtcTicks, await store.AppendAsync(Log, auditEvent, first));
            written.SetResult();
        }
        catch (Exception e)
        {
            written.SetException(e);
        }
    }

    private int NextSuffix(AuditEvent auditEvent)
    {
        var ticks = auditEvent.At.UtcTicks;
        var suffix = last is { } previous && previous.Ticks == ticks ? previous.Suffix - 1 : AuditKeys.MaxSuffix;
        last = (ticks, suffix);
        return suffix;
    }
}
