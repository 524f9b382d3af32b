using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Meetings;

/// <summary>An oppfølgingspunkt from a meeting: what, who, by when, and whether it is done.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ActionItem")]
public sealed record ActionItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string MeetingId,
    [property: Id(2)] string NetworkId,
    [property: Id(3)] string What,
    [property: Id(4)] string AssigneeId,
    [property: Id(5)] DateOnly? Due,
    [property: Id(6)] bool Done,
    [property: Id(7)] Stamp Created,
    [property: Id(8)] Stamp? DoneChanged);

[GenerateSerializer, Immutable, Alias("Forbedring.ActionItemInput")]
public sealed record ActionItemInput(
    [property: Id(0)] string What,
    [property: Id(1)] string AssigneeId,
    [property: Id(2)] DateOnly? Due);
