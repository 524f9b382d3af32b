using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Reports;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Reports;

/// <summary>
/// A service's status report for a meeting: what it may hold, when it may change, and when it came on time. A report
/// is for before the samling and for the meeting itself; once the meeting is closed, what was reported stays as it was.
/// </summary>
public static class StatusReportRules
{
    public const int MaxCycles = 50;
    public const int MaxMeasures = 50;

    public static Check Validate(StatusReportContent content, bool submit)
    {
        var check = new Check()
            .Optional("tested", content.Tested, Check.LongTextMax)
            .Optional("dataShows", content.DataShows, Check.LongTextMax)
            .Optional("learned", content.Learned, Check.LongTextMax)
            .Optional("nextSteps", content.NextSteps, Check.LongTextMax)
            .Optional("helpNeeded", content.HelpNeeded, Check.LongTextMax)
            .MaxCount("cycleIds", content.CycleIds, MaxCycles)
            .MaxCount("measureIds", content.MeasureIds, MaxMeasures);
        if (submit && IsEmpty(content))
            check.Add(Errors.NothingToSubmit("submit"));
        return check;
    }

    /// <summary>A report says nothing when every text is blank and it links no cycle and no measure.</summary>
    public static bool IsEmpty(StatusReportContent content) =>
        new[] { content.Tested, content.DataShows, content.Learned, content.NextSteps, content.HelpNeeded }.All(string.IsNullOrWhiteSpace)
        && (content.CycleIds ?? []).Count == 0
        && (content.MeasureIds ?? []).Count == 0;

    /// <summary>Reports are written while the meeting is planned or going on, not after it is closed.</summary>
    public static bool MayChange(MeetingState state) => state != MeetingState.Closed;

    /// <summary>On time means handed in before the meeting started, so the others could read it first.</summary>
    public static bool OnTime(DateTimeOffset? submittedAt, DateTimeOffset meetingStarts) =>
        submittedAt is { } at && at < meetingStarts;

    /// <summary>Blank texts become null, the rest trimmed; linked ids once each, in the order given.</summary>
    public static StatusReportContent Normalise(StatusReportContent c) => new(
        T(c.Tested), Ids(c.CycleIds), T(c.DataShows), Ids(c.MeasureIds), T(c.Learned), T(c.NextSteps), T(c.HelpNeeded));

    private static string? T(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string> Ids(IReadOnlyList<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct().ToList();
}
