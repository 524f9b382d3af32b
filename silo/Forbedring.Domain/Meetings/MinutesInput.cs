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

    /// <summary>The invited services that had not submitted a report, by name.</summary>
    public IReadOnlyList<string> MissingReports { get; init; } = [];
    public IReadOnlyList<MinutesInsight> Insights { get; init; } = [];
    public IReadOnlyList<MinutesLearning> Learnings { get; init; } = [];
}

/// <summary>A service's submitted status report for the meeting: its texts as Markdown, the cycles and measures it names.</summary>
public sealed record MinutesStatusReport(string ServiceName, bool OnTime)
{
    public string? Tested { get; init; }
    public IReadOnlyList<string> CycleObjectives { get; init; } = [];
    public string? DataShows { get; init; }
    public IReadOnlyList<MinutesMeasure> Measures { get; init; } = [];
    public string? Learned { get; init; }
    public string? NextSteps { get; init; }
    public string? HelpNeeded { get; init; }
}

/// <summary>A measure a report names, with its chart's verdict in both languages when it has one.</summary>
public sealed record MinutesMeasure(string Name, string? VerdictNb, string? VerdictEn);

/// <summary>An insight card chosen at the meeting, with the dot votes it got and what it should give the patients.</summary>
public sealed record MinutesInsight(string Text, int Votes, string? ValueForPatients = null);

/// <summary>A learning captured at the meeting or from one of its reports.</summary>
public sealed record MinutesLearning(string Text, IReadOnlyList<string> Tags, string? ServiceName = null);

public enum MinutesLanguage { Bokmal, English }
