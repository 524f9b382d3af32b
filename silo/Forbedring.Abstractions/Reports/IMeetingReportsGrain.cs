namespace Forbedring.Abstractions.Reports;

/// <summary>
/// The reports of one meeting, read together (keyed by the meeting's id): who has reported and on time, the
/// reports side by side, and what the minutes need. It keeps nothing; every read is current.
/// </summary>
[Alias("Forbedring.IMeetingReportsGrain")]
public interface IMeetingReportsGrain : IGrainWithStringKey
{
    /// <summary>Every invited service, in the meeting's order, with whether it has submitted its report and whether before the start.</summary>
    [Alias("Reporting")] Task<IReadOnlyList<ServiceReporting>> Reporting();

    /// <summary>The invited services' reports; drafts only when <paramref name="includeDrafts"/>.</summary>
    [Alias("Reports")] Task<IReadOnlyList<StatusReportView>> Reports(bool includeDrafts);

    /// <summary>The learnings captured from the meeting or from one of its reports, oldest first.</summary>
    [Alias("Learnings")] Task<IReadOnlyList<Learnings.LearningView>> Learnings();

    /// <summary>
    /// The submitted reports with their cycles and measures' verdicts, who has not reported, and the learnings of the
    /// meeting. The meeting is given, not read: the meeting asks while it closes, and could not answer a call back.
    /// </summary>
    [Alias("ForMinutes")] Task<MeetingReportsDigest> ForMinutes(Meetings.MeetingView meeting);
}
