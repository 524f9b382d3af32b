using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Overview;
using Forbedring.Domain.Meetings;

namespace Forbedring.Domain.Overview;

/// <summary>What the overview knows of one improvement area's activity.</summary>
public sealed record AreaActivity(
    bool HasAim,
    int MeasureCount,
    DateTimeOffset? LastMeasurement,
    DateTimeOffset? LastPdsaActivity,
    int PdsaCycleCount);

/// <summary>The flag with the reasons behind it, so the facilitator knows what to ask about.</summary>
public sealed record Engagement(EngagementStatus Status, IReadOnlyList<string> ReasonsNb, IReadOnlyList<string> ReasonsEn);

/// <summary>One closed meeting as the engagement rules see it: who was invited, and what was recorded.</summary>
public sealed record ClosedMeeting(
    DateTimeOffset StartsAt,
    IReadOnlyList<string> InvitedServiceIds,
    IReadOnlyList<Invitee> Invited,
    IReadOnlyList<Attendance> Records)
{
    /// <summary>Whether each invited service had submitted its status report, and before the start.</summary>
    public IReadOnlyList<ServiceReporting> Reporting { get; init; } = [];
}

/// <summary>
/// "Noen kom aldri helt i gang": a service is NOT STARTED while it lacks an area with an aim, a
/// measure, data or a PDSA cycle; once started it is STALLED when neither data nor PDSA work has
/// moved for the network's number of weeks (default 6), or when it missed the recent meetings.
/// </summary>
public static class EngagementRules
{
    /// <summary>An aim counts once it says what is to improve, as a sentence or in its parts.</summary>
    public static bool HasAim(Abstractions.Areas.AimStatement aim) =>
        !string.IsNullOrWhiteSpace(aim.Text) || !string.IsNullOrWhiteSpace(aim.What);

    public static Engagement Assess(IReadOnlyList<AreaActivity> areas, DateTimeOffset now, int weeks, int missedRecentMeetings = 0)
    {
        var nb = new List<string>();
        var en = new List<string>();
        if (areas.Count == 0)
        {
            nb.Add("Ingen forbedringsområder valgt");
            en.Add("No improvement area chosen");
        }
        else
        {
            if (!areas.Any(a => a.HasAim)) { nb.Add("Intet mål skrevet"); en.Add("No aim written"); }
            if (areas.All(a => a.MeasureCount == 0)) { nb.Add("Ingen målinger definert"); en.Add("No measures defined"); }
            else if (areas.All(a => a.LastMeasurement is null)) { nb.Add("Ingen data registrert"); en.Add("No data logged"); }
            if (areas.All(a => a.PdsaCycleCount == 0)) { nb.Add("Ingen PDSA-sykluser"); en.Add("No PDSA cycles"); }
        }
        if (nb.Count > 0)
            return new Engagement(EngagementStatus.NotStarted, nb, en);

        var lastActivity = areas.SelectMany(a => new[] { a.LastMeasurement, a.LastPdsaActivity }).Max();
        var quietFor = now - lastActivity;
        if (quietFor > TimeSpan.FromDays(7 * weeks))
        {
            var quietWeeks = (int)(quietFor.Value.TotalDays / 7);
            nb.Add($"Ingen nye data eller PDSA-arbeid på {quietWeeks} uker");
            en.Add($"No new data or PDSA work for {quietWeeks} weeks");
        }
        if (missedRecentMeetings >= 2)
        {
            nb.Add($"Ikke til stede på de {missedRecentMeetings} siste samlingene");
            en.Add($"Absent from the last {missedRecentMeetings} meetings");
        }
        return nb.Count > 0
            ? new Engagement(EngagementStatus.Stalled, nb, en)
            : new Engagement(EngagementStatus.Active, [], []);
    }

    /// <summary>
    /// Per invited service over the closed meetings: attended when any of its invited people, or a
    /// substitute for one, was present. "Varierende møtedeltagelse" shows here first.
    /// </summary>
    /// <summary>Per service, the reports due at the closed meetings it was invited to, submitted, and submitted on time.</summary>
    public static IReadOnlyDictionary<string, ReportingCount> ServiceReporting(IReadOnlyList<ClosedMeeting> meetings) =>
        meetings.SelectMany(m => m.Reporting)
            .GroupBy(r => r.ServiceId)
            .ToDictionary(g => g.Key, g => new ReportingCount(g.Count(), g.Count(r => r.Submitted), g.Count(r => r.Submitted && r.OnTime)));

    public static IReadOnlyDictionary<string, AttendanceCount> ServiceAttendance(IReadOnlyList<ClosedMeeting> meetings) =>
        Count(meetings, meeting =>
        {
            var present = AttendanceTally.PresentPerService(meeting.Invited, meeting.Records);
            var excused = AttendanceTally.ExcusedServices(meeting.Invited, meeting.Records);
            return meeting.InvitedServiceIds.Distinct().Select(id => (id, present.ContainsKey(id), excused.Contains(id)));
        });

    /// <summary>Per invited person over the closed meetings: not recorded counts as not present (the minutes were closed without them).</summary>
    public static IReadOnlyDictionary<string, AttendanceCount> PersonAttendance(IReadOnlyList<ClosedMeeting> meetings) =>
        Count(meetings, meeting =>
        {
            var records = meeting.Records.ToDictionary(r => r.PersonId);
            return meeting.Invited.Select(i => (i.PersonId,
                records.TryGetValue(i.PersonId, out var r) && r.Status == AttendanceStatus.Present,
                records.TryGetValue(i.PersonId, out var e) && e.Status == AttendanceStatus.Excused));
        });

    private static Dictionary<string, AttendanceCount> Count(
        IReadOnlyList<ClosedMeeting> meetings, Func<ClosedMeeting, IEnumerable<(string Key, bool Present, bool Excused)>> outcomes)
    {
        var counts = new Dictionary<string, AttendanceCount>();
        foreach (var meeting in meetings.OrderBy(m => m.StartsAt))
            foreach (var (key, present, excused) in outcomes(meeting))
            {
                var count = counts.GetValueOrDefault(key) ?? new AttendanceCount(0, 0, 0, 0);
                counts[key] = new AttendanceCount(
                    count.Invited + 1,
                    count.Present + (present ? 1 : 0),
                    count.Excused + (excused ? 1 : 0),
                    present ? 0 : count.MissedInARow + 1);
            }
        return counts;
    }
}
