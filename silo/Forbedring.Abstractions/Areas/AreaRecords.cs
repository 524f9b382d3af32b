using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Areas;

/// <summary>
/// Where an area is in its life. The open line runs Idea → Chosen → Testing → Implementing →
/// Sustaining → Closed; Stalled and Abandoned sit beside it (rules in Domain/Areas/AreaStatusRules).
/// </summary>
public enum AreaStatus { Idea, Chosen, Testing, Implementing, Sustaining, Closed, Stalled, Abandoned }

/// <summary>The aim statement: what, how much, by when, and the sentence the team wrote.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AimStatement")]
public sealed record AimStatement(
    [property: Id(0)] string? What,
    [property: Id(1)] string? HowMuch,
    [property: Id(2)] DateOnly? ByWhen,
    [property: Id(3)] string? Text);

/// <summary>One dated status change and who made it.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AreaStatusChange")]
public sealed record AreaStatusChange(
    [property: Id(0)] AreaStatus? From,
    [property: Id(1)] AreaStatus To,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] string? Note,
    [property: Id(4)] Stamp By);

/// <summary>An idea to test (endringsidé), optionally under a driver of the diagram.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ChangeIdea")]
public sealed record ChangeIdea(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description,
    [property: Id(3)] string? DriverId,
    [property: Id(4)] Stamp Created);

public enum DriverKind { Primary, Secondary, ChangeIdea }

/// <summary>
/// A node under the aim in the driver diagram: primary drivers at the top, secondary drivers under
/// them, change ideas under either. Each node points at the measures and PDSA cycles that show it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.DriverNode")]
public sealed record DriverNode(
    [property: Id(0)] string Id,
    [property: Id(1)] DriverKind Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string> MeasureIds,
    [property: Id(4)] IReadOnlyList<string> CycleIds,
    [property: Id(5)] string? ChangeIdeaId,
    [property: Id(6)] IReadOnlyList<DriverNode> Children);

public enum Rater { Team, Facilitator }

/// <summary>A score on the IHI collaborative assessment scale (1.0–5.0 in half steps), with why.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ProgressRating")]
public sealed record ProgressRating(
    [property: Id(0)] Rater Rater,
    [property: Id(1)] double Score,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] Stamp By);

/// <summary>A dated event on the area's timeline.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Milestone")]
public sealed record Milestone(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Description,
    [property: Id(4)] Stamp By);
