namespace Forbedring.Abstractions.Audit;

/// <summary>
/// An append-only audit log, keyed by the log's name: a network's id for that network's log
/// (read by its facilitators), or <see cref="Installation"/> for the installation-wide log (read
/// by administrators). The events are table rows of their own, so the log may grow without bound.
/// </summary>
[Alias("Forbedring.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>The installation-wide log. Network ids always start with <c>network_</c>, so it never meets one.</summary>
    public const string Installation = "installation";

    /// <summary>The longest page <see cref="Page"/> returns.</summary>
    public const int MaxTake = 200;

    /// <summary>The longest value any string field of an event may have.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>
    /// Adds the event; returns once it is durably written. A malformed event (an empty actor id,
    /// action, entity kind or entity id, no time, or a field above <see cref="MaxFieldLength"/>) is a bug
    /// in the caller and throws <see cref="ArgumentException"/>; nothing is written then.
    /// </summary>
    [Alias("Append")] Task Append(AuditEvent auditEvent);

    /// <summary>
    /// Up to <paramref name="take"/> events (clamped to 1..<see cref="MaxTake"/>) newest first, older
    /// than the cursor <paramref name="before"/> from an earlier page, or from the newest when it is null.
    /// A cursor this log did not hand out throws <see cref="ArgumentException"/>.
    /// </summary>
    [Alias("Page")] Task<AuditPage> Page(int take, string? before);
}
