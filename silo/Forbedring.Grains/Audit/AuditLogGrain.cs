using Forbedring.Abstractions.Audit;

namespace Forbedring.Grains.Audit;

/// <summary>
/// One audit log (key = its name). It has no grain state: the events are rows of their own
/// (<see cref="AuditStore"/>), so the 100,000th append costs what the 10th does and nothing of the
/// log is held in memory between calls.
/// </summary>
public sealed class AuditLogGrain(AuditStore store) : Grain, IAuditLogGrain
{
    // The last key this activation wrote: the next event of the same tick starts one suffix below it
    // without probing. Lost on deactivation, which costs only a conflicting insert or two.
    private (long Ticks, int Suffix)? last;

    private string Log => this.GetPrimaryKeyString();

    public async Task Append(AuditEvent auditEvent)
    {
        AuditEventCheck.ThrowIfMalformed(auditEvent);
        var ticks = auditEvent.At.UtcTicks;
        var first = last is { } previous && previous.Ticks == ticks ? previous.Suffix - 1 : AuditKeys.MaxSuffix;
        last = (ticks, await store.AppendAsync(Log, auditEvent, first));
    }

    public Task<AuditPage> Page(int take, string? before)
    {
        if (before is not null && !AuditKeys.IsCursor(before))
            throw new ArgumentException("The cursor is not one an audit log page handed out.", nameof(before));
        return store.PageAsync(Log, Math.Clamp(take, 1, IAuditLogGrain.MaxTake), before);
    }
}
