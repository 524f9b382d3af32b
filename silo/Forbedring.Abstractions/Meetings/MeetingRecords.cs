using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Meetings;

/// <summary>Planned → open → closed; a closed meeting's content is fixed until its facilitator reopens it.</summary>
public enum MeetingState { Planned, Open, Closed }

/// <summary>A samling of a learning network: when and where, its agenda, and the services invited.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingView")]
public sealed record MeetingView(
    [property: Id(0)] string Id,
    [property: Id(1)] string NetworkId,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset? EndsAt,
    [property: Id(5)] string? Place,
    [property: Id(6)] string? VideoLink,
    [property: Id(7)] string? Agenda,
    [property: Id(8)] MeetingState State,
    [property: Id(9)] IReadOnlyList<string> InvitedServiceIds,
    [property: Id(10)] int Version,
    [property: Id(11)] Stamp Created,
    [property: Id(12)] Stamp? Closed = null);

/// <summary>A new meeting; without invited services, every service in the network now is invited.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingInput")]
public sealed record MeetingInput(
    [property: Id(0)] string NetworkId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset? EndsAt,
    [property: Id(4)] string? Place,
    [property: Id(5)] string? VideoLink,
    [property: Id(6)] string? Agenda,
    [property: Id(7)] IReadOnlyList<string>? InvitedServiceIds)
{
    public MeetingDetails Details => new(Title, StartsAt, EndsAt, Place, VideoLink, Agenda, InvitedServiceIds);
}

/// <summary>What an edit of a meeting sends: all of its details (its network stays).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingDetails")]
public sealed record MeetingDetails(
    [property: Id(0)] string Title,
    [property: Id(1)] DateTimeOffset StartsAt,
    [property: Id(2)] DateTimeOffset? EndsAt,
    [property: Id(3)] string? Place,
    [property: Id(4)] string? VideoLink,
    [property: Id(5)] string? Agenda,
    [property: Id(6)] IReadOnlyList<string>? InvitedServiceIds);

/// <summary>The minutes in both languages; <see cref="Fixed"/> once the meeting is closed (they are then what it was closed with).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingMinutes")]
public sealed record MeetingMinutes(
    [property: Id(0)] string Bokmal,
    [property: Id(1)] string English,
    [property: Id(2)] bool Fixed);
