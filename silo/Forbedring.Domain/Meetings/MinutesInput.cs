using Forbedring.Abstractions.Meetings;

namespace Forbedring.Domain.Meetings;

/// <summary>
/// Everything the minutes of a meeting are made from. The status reports, chosen insights and
/// learnings come from their own features: each fills its list with <c>with { … }</c>, and an
/// empty list still gives its section, so readers see that nothing was reported.
/// </summary>
public sealed record MinutesInput(
    MeetingView Meeting,
    string NetworkName,
    IReadOnlyDictionary<string, string> ServiceNames,
    IReadOnlyDictionary<string, string> PersonNames,
    IReadOnlyList<Invitee> Invited,
    IReadOnlyList<Attendance> Attendance,
    IReadOnlyList<ActionItem> ActionItems)
{
    public IReadOnlyList<MinutesStatusReport> StatusReports { get; init; } = [];
    public IReadOnlyList<MinutesInsight> Insights { get; init; } = [];
    public IReadOnlyList<MinutesLearning> Learnings { get; init; } = [];
}

/// <summary>A service's status report for the meeting, as Markdown.</summary>
public sealed record MinutesStatusReport(string ServiceName, string? Markdown);

/// <summary>An insight card chosen at the meeting, with the dot votes it got.</summary>
public sealed record MinutesInsight(string Text, int Votes);

/// <summary>A learning captured at the meeting.</summary>
public sealed record MinutesLearning(string Title, string? Markdown);

public enum MinutesLanguage { Bokmal, English }
