using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Learnings;

/// <summary>Where a learning came from.</summary>
public enum LearningSourceKind { Cycle, StatusReport, Meeting }

[GenerateSerializer, Immutable, Alias("Forbedring.LearningSource")]
public sealed record LearningSource(
    [property: Id(0)] LearningSourceKind Kind,
    [property: Id(1)] string Id);

/// <summary>
/// A learning (lærdom): a short shared lesson of a network, tagged by theme, from a PDSA cycle, a status report or a
/// meeting, about one service or the network as a whole. Deleting keeps it, marked <see cref="Deleted"/>: searches
/// leave it out, its history stays.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.LearningView")]
public sealed record LearningView(
    [property: Id(0)] string Id,
    [property: Id(1)] string NetworkId,
    [property: Id(2)] string? ServiceId,
    [property: Id(3)] string Text,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] LearningSource Source,
    [property: Id(6)] string? MeetingId,
    [property: Id(7)] int Version,
    [property: Id(8)] Stamp Created,
    [property: Id(9)] Stamp Updated,
    [property: Id(10)] Stamp? Deleted);

/// <summary>An earlier wording of a learning, kept when it was edited.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.LearningRevision")]
public sealed record LearningRevision(
    [property: Id(0)] int Version,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> Tags,
    [property: Id(3)] Stamp Written,
    [property: Id(4)] Stamp Replaced);

/// <summary>A new learning. Without a service it is the network's; the service then comes from the source when it has one.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.LearningInput")]
public sealed record LearningInput(
    [property: Id(0)] string NetworkId,
    [property: Id(1)] string? ServiceId,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string>? Tags,
    [property: Id(4)] LearningSource? Source);

/// <summary>
/// A search of one network's learnings (or every network's): newest first, <see cref="Take"/> at a time from the cursor
/// <see cref="After"/>. <see cref="Text"/> is found in the text or the tags, ignoring case and accents (æ, ø and å are
/// letters of their own); every one of <see cref="Tags"/> must be there; the dates are days in Norway, both included.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.LearningQuery")]
public sealed record LearningQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] IReadOnlyList<string>? Tags,
    [property: Id(2)] string? ServiceId,
    [property: Id(3)] DateOnly? From,
    [property: Id(4)] DateOnly? To,
    [property: Id(5)] int Take,
    [property: Id(6)] string? After)
{
    [Id(7)] public string? MeetingId { get; init; }
}

/// <summary>One page of a search and the cursor for the next, older page (null on the last).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.LearningPage")]
public sealed record LearningPage(
    [property: Id(0)] IReadOnlyList<LearningView> Learnings,
    [property: Id(1)] string? After);
