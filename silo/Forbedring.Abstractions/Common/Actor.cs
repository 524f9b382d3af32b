namespace Forbedring.Abstractions.Common;

/// <summary>Who asks for a change: recorded as "by whom" on everything that is logged or changed.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Actor")]
public sealed record Actor(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name);

/// <summary>A dated record of who did something.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Stamp")]
public sealed record Stamp(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string PersonId,
    [property: Id(2)] string Name)
{
    public static Stamp Of(Actor actor, DateTimeOffset at) => new(at, actor.PersonId, actor.Name);
}
