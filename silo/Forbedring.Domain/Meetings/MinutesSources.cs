using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Voting;

namespace Forbedring.Domain.Meetings;

/// <summary>What the reports, the voting and the learnings give the minutes, turned into the minutes' own records.</summary>
public static class MinutesSources
{
    public static MinutesInput With(MinutesInput input, MeetingReportsDigest digest, IReadOnlyList<InsightCardView> chosen) => input with
    {
        StatusReports = digest.Reports.Select(Report).ToList(),
        MissingReports = digest.MissingServiceIds.Select(id => input.ServiceNames.GetValueOrDefault(id, id)).ToList(),
        Insights = chosen.Select(c => new MinutesInsight(c.Title, c.Votes ?? 0, c.ValueForPatients)).ToList(),
        Learnings = digest.Learnings.Where(l => l.Deleted is null)
            .Select(l => new MinutesLearning(l.Text, l.Tags, l.ServiceId is { } id ? input.ServiceNames.GetValueOrDefault(id) : null))
            .ToList(),
    };

    private static MinutesStatusReport Report(ReportForMinutes report)
    {
        var content = report.Report.Content;
        return new MinutesStatusReport(report.ServiceName, report.Report.OnTime)
        {
            Tested = content.Tested,
            CycleObjectives = report.Cycles.Select(c => c.Objective).ToList(),
            DataShows = content.DataShows,
            Measures = report.Measures.Select(m => new MinutesMeasure(m.Name, m.VerdictNb, m.VerdictEn)).ToList(),
            Learned = content.Learned,
            NextSteps = content.NextSteps,
            HelpNeeded = content.HelpNeeded,
        };
    }
}
