namespace Forbedring.Abstractions.Services;

/// <summary>A service (tjeneste / virksomhet) such as "Smidsrød helsehus" or "Hjemmetjenester".</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ServiceView")]
public sealed record ServiceView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Kind,
    [property: Id(3)] string? Organisation,
    [property: Id(4)] IReadOnlyList<ServiceMembership> Members,
    [property: Id(5)] IReadOnlyList<string> NetworkIds,
    [property: Id(6)] IReadOnlyList<string> AreaIds,
    [property: Id(7)] int Version);

public enum ServiceRole { Leader, Staff, MeasurementLead, Physician, UserRepresentative, Other }

/// <summary>A person's time in a service with a role; kept when they leave.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ServiceMembership")]
public sealed record ServiceMembership(
    [property: Id(0)] string PersonId,
    [property: Id(1)] ServiceRole Role,
    [property: Id(2)] DateOnly Since,
    [property: Id(3)] DateOnly? Until) : Common.IMembership<ServiceMembership>
{
    DateOnly Common.IMembership<ServiceMembership>.Start => Since;
    DateOnly? Common.IMembership<ServiceMembership>.End => Until;
    ServiceMembership Common.IMembership<ServiceMembership>.EndOn(DateOnly date) => this with { Until = date };
}

[GenerateSerializer, Immutable, Alias("Forbedring.ServiceInput")]
public sealed record ServiceInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Kind,
    [property: Id(2)] string? Organisation);
