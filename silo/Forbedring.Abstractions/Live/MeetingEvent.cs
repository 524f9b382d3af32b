using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Live;

/// <summary>
/// What happened at a meeting, told to every open screen of it. <see cref="Subscribed"/> is the
/// first event of every subscription (the screen is live from then on: it may fetch what it shows
/// and apply events after it without a gap). The other slices publish the last two.
/// </summary>
public enum MeetingEventKind
{
    Subscribed,
    VotingOpened,
    VotingClosed,
    CardAdded,
    VoteCast,
    VoteWithdrawn,

    /// <summary>A card was chosen or unchosen, or its value for patients was written.</summary>
    CardChosen,
    AttendanceRecorded,
    LearningAdded,

    /// <summary>The meeting's details or state changed (planned, open, closed).</summary>
    MeetingChanged,

    /// <summary>An action item was added, or ticked off or on.</summary>
    ActionItemChanged,

    /// <summary>A service saved or submitted its status report; the subject is the service.</summary>
    StatusReportSaved,
}

/// <summary>
/// One event: a hint to refresh, carrying ids only (never free text), so an event cannot reveal
/// more than the screen may show. <see cref="SubjectId"/> names what it is about (a card, an
/// attendance, a learning); it is null where naming it would tell too much, as on a vote while
/// the results are hidden.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingEvent")]
public sealed record MeetingEvent(
    [property: Id(0)] MeetingEventKind Kind,
    [property: Id(1)] string MeetingId,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] Actor? By,
    [property: Id(4)] string? SubjectId);
