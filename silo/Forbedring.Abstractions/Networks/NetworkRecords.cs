namespace Forbedring.Abstractions.Networks;

/// <summary>A learning network (læringsnettverk / helsefellesskap) as readers see it.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NetworkView")]
public sealed record NetworkView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Theme,
    [property: Id(3)] string? Description,
    [property: Id(4)] DateOnly? StartDate,
    [property: Id(5)] DateOnly? EndDate,
    [property: Id(6)] IReadOnlyList<FocusArea> FocusAreas,
    [property: Id(7)] IReadOnlyList<NetworkServiceLink> Services,
    [property: Id(8)] IReadOnlyList<NetworkMembership> Members,
    [property: Id(9)] IReadOnlyList<string> AreaIds,
    [property: Id(10)] bool Archived,
    [property: Id(11)] int StalledAfterWeeks,
    [property: Id(12)] int Version,
    [property: Id(13)] Common.Stamp Created,
    [property: Id(14)] IReadOnlyList<string>? MeetingIds = null);

/// <summary>An innsatsområde: a focus of the network, with its goals.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.FocusArea")]
public sealed record FocusArea(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Goals);

/// <summary>A service's time in the network: kept after it leaves.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NetworkServiceLink")]
public sealed record NetworkServiceLink(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] DateOnly Joined,
    [property: Id(2)] DateOnly? Left);

public enum NetworkRole { Facilitator, Participant, Reader }

/// <summary>A person's time in the network with a role: kept after they leave (people change jobs).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NetworkMembership")]
public sealed record NetworkMembership(
    [property: Id(0)] string PersonId,
    [property: Id(1)] NetworkRole Role,
    [property: Id(2)] DateOnly Joined,
    [property: Id(3)] DateOnly? Left) : Common.IMembership<NetworkMembership>
{
    DateOnly Common.IMembership<NetworkMembership>.Start => Joined;
    DateOnly? Common.IMembership<NetworkMembership>.End => Left;
    NetworkMembership Common.IMembership<NetworkMembership>.EndOn(DateOnly date) => this with { Left = date };
}

[GenerateSerializer, Immutable, Alias("Forbedring.NetworkInput")]
public sealed record NetworkInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Theme,
    [property: Id(2)] string? Description,
    [property: Id(3)] DateOnly? StartDate,
    [property: Id(4)] DateOnly? EndDate,
    [property: Id(5)] IReadOnlyList<FocusAreaInput>? FocusAreas,
    [property: Id(6)] int? StalledAfterWeeks);

/// <summary>A focus area to keep (with its id) or to add (without).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.FocusAreaInput")]
public sealed record FocusAreaInput(
    [property: Id(0)] string? Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Goals);
