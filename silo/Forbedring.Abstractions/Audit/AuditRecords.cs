namespace Forbedring.Abstractions.Audit;

/// <summary>
/// One entry of an audit log: who did what to which entity, and when. Deliberately no field
/// values: free text typed by people (names of things, notes, aims) never goes into the log, only
/// ids, the actor's name and the name of the action.
/// </summary>
/// <param name="Action">What was done, e.g. the mutation's name <c>logMeasurement</c>.</param>
/// <param name="EntityKind">The kind of entity it was done to, e.g. <c>Measure</c>.</param>
[GenerateSerializer, Immutable, Alias("Forbedring.AuditEvent")]
public sealed record AuditEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string ActorName,
    [property: Id(3)] string Action,
    [property: Id(4)] string EntityKind,
    [property: Id(5)] string EntityId,
    [property: Id(6)] string? NetworkId,
    [property: Id(7)] string? ServiceId);

/// <summary>
/// Events newest first. <see cref="Before"/> is the cursor for the next, older page (pass it as
/// <c>before</c>), or null when this page reaches the oldest event.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] IReadOnlyList<AuditEvent> Events,
    [property: Id(1)] string? Before);
