using Forbedring.Abstractions.Overview;

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
}
