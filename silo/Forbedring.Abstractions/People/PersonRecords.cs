namespace Forbedring.Abstractions.People;

/// <summary>A person who takes part: staff, leaders, facilitators. Never a patient.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PersonView")]
public sealed record PersonView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Title,
    [property: Id(3)] int Version);

[GenerateSerializer, Immutable, Alias("Forbedring.PersonInput")]
public sealed record PersonInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Title);
