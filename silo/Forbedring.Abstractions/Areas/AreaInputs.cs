namespace Forbedring.Abstractions.Areas;

/// <summary>A new area of a service in a network.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NewAreaInput")]
public sealed record NewAreaInput(
    [property: Id(0)] string NetworkId,
    [property: Id(1)] string ServiceId,
    [property: Id(2)] string? FocusAreaId,
    [property: Id(3)] string Title,
    [property: Id(4)] string? Problem,
    [property: Id(5)] AimStatement? Aim);

/// <summary>What the team edits together: title, problem, aim and focus area.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AreaDetailsInput")]
public sealed record AreaDetailsInput(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Problem,
    [property: Id(2)] AimStatement? Aim,
    [property: Id(3)] string? FocusAreaId);

/// <summary>A driver node to keep (with its id) or to add (without), with its children.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.DriverNodeInput")]
public sealed record DriverNodeInput(
    [property: Id(0)] string? Id,
    [property: Id(1)] DriverKind Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string>? MeasureIds,
    [property: Id(4)] IReadOnlyList<string>? CycleIds,
    [property: Id(5)] string? ChangeIdeaId,
    [property: Id(6)] IReadOnlyList<DriverNodeInput>? Children);

[GenerateSerializer, Immutable, Alias("Forbedring.ChangeIdeaInput")]
public sealed record ChangeIdeaInput(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Description,
    [property: Id(2)] string? DriverId);

[GenerateSerializer, Immutable, Alias("Forbedring.MilestoneInput")]
public sealed record MilestoneInput(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description);
