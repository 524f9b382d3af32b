using System.Globalization;
using System.Text;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;

namespace Forbedring.Domain.Meetings;

/// <summary>
/// The minutes (referat) of a meeting as Markdown: when and where, the agenda, who came, sent
/// apologies or stayed away (with each service's turnout), the status reports, chosen insights
/// and learnings, and the action items. The same input gives the same text, in bokmål or English.
/// </summary>
public static class MinutesBuilder
{
    public static string Build(MinutesInput input, MinutesLanguage language)
    {
        var t = language == MinutesLanguage.English ? Words.En : Words.Nb;
        var m = input.Meeting;
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line($"# {MarkdownText.Inline(m.Title)}");
        Line();
        Line($"**{MarkdownText.Inline(input.NetworkName)}** · {When(m, t)}  ");
        if (m.Place is { Length: > 0 } place)
            Line($"{t.Place}: {MarkdownText.Inline(place)}  ");
        if (m.VideoLink is { Length: > 0 } link)
            Line($"{t.Video}: {MarkdownText.Link(link)}  ");
        Line();
        Line(m.State == MeetingState.Closed && m.Closed is { } closed
            ? $"_{string.Format(t.Culture, t.ClosedBy, Clock.Local(closed.At), MarkdownText.Inline(closed.Name))}_"
            : $"_{string.Format(t.Culture, t.Draft, t.State(m.State))}_");

        Line();
        Line($"## {t.Agenda}");
        Line();
        Line(m.Agenda is { Length: > 0 } agenda ? MarkdownText.Nested(agenda) : $"_{t.NoAgenda}_");

        Line();
        Line($"## {t.Attendance}");
        Attendance(input, t, Line);

        Line();
        Line($"## {t.StatusReports}");
        Line();
        if (input.StatusReports.Count == 0)
            Line($"_{t.NoStatusReports}_");
        foreach (var report in input.StatusReports.OrderBy(r => r.ServiceName, t.Comparer))
        {
            Line($"### {MarkdownText.Inline(report.ServiceName)}");
            Line();
            if (!report.OnTime)
            {
                Line($"_{t.Late}_");
                Line();
            }
            Report(report, t, Line);
        }
        if (input.MissingReports.Count > 0)
        {
            Line($"**{t.NotReported}:** {string.Join(", ", input.MissingReports.Order(t.Comparer).Select(MarkdownText.Inline))}");
            Line();
        }

        Line();
        Line($"## {t.Insights}");
        Line();
        if (input.Insights.Count == 0)
            Line($"_{t.NoInsights}_");
        foreach (var insight in input.Insights.OrderByDescending(i => i.Votes))
            Line($"- {MarkdownText.Inline(insight.Text)} ({string.Format(t.Culture, insight.Votes == 1 ? t.Vote : t.Votes, insight.Votes)})" +
                 (insight.ValueForPatients is { Length: > 0 } value ? $" – {t.ForPatients}: {MarkdownText.Inline(value)}" : ""));

        Line();
        Line($"## {t.Learnings}");
        Line();
        if (input.Learnings.Count == 0)
            Line($"_{t.NoLearnings}_");
        foreach (var learning in input.Learnings)
            Line($"- {MarkdownText.Inline(learning.Text)}" +
                 (learning.ServiceName is { Length: > 0 } service ? $" ({MarkdownText.Inline(service)})" : "") +
                 (learning.Tags.Count > 0 ? " – " + string.Join(" ", learning.Tags.Select(tag => "#" + MarkdownText.Inline(tag))) : ""));

        Line();
        Line($"## {t.ActionItems}");
        Line();
        if (input.ActionItems.Count == 0)
            Line($"_{t.NoActionItems}_");
        else
        {
            Line($"| {t.What} | {t.Who} | {t.Due} | {t.Status} |");
            Line("| --- | --- | --- | --- |");
            foreach (var item in input.ActionItems.OrderBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Created.At))
                Line($"| {MarkdownText.Inline(item.What)} | {MarkdownText.Inline(Name(input, item.AssigneeId))} | " +
                     $"{(item.Due is { } due ? due.ToString(t.DateFormat, t.Culture) : "–")} | {(item.Done ? t.Done : t.NotDone)} |");
        }
        return md.ToString();
    }

    /// <summary>A report's parts under headings of their own; a report with nothing in it says so.</summary>
    private static void Report(MinutesStatusReport report, Words t, Action<string> line)
    {
        var any = false;
        void Part(string title, string? markdown, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (markdown is not { Length: > 0 } && list.Count == 0)
                return;
            any = true;
            line($"**{title}**");
            line("");
            if (markdown is { Length: > 0 } text)
            {
                line(MarkdownText.Nested(text));
                line("");
            }
            foreach (var item in list)
                line($"- {item}");
            if (list.Count > 0)
                line("");
        }

        Part(t.Tested, report.Tested, report.CycleObjectives.Select(MarkdownText.Inline));
        Part(t.DataShows, report.DataShows, report.Measures.Select(m =>
            MarkdownText.Inline(m.Name) + ((t.English ? m.VerdictEn : m.VerdictNb) is { Length: > 0 } verdict ? $": {MarkdownText.Inline(verdict)}" : "")));
        Part(t.Learned, report.Learned, []);
        Part(t.NextSteps, report.NextSteps, []);
        Part(t.HelpNeeded, report.HelpNeeded, []);
        if (!any)
        {
            line($"_{t.EmptyReport}_");
            line("");
        }
    }

    private static void Attendance(MinutesInput input, Words t, Action<string> line)
    {
        var records = input.Attendance.ToDictionary(a => a.PersonId);
        var invited = input.Invited.ToDictionary(i => i.PersonId);

        string Why(string personId)
        {
            if (records.TryGetValue(personId, out var record) && record.SubstituteForPersonId is { } replaced)
                return string.Format(t.Culture, t.SubstituteFor, MarkdownText.Inline(Name(input, replaced)))
                       + (invited.TryGetValue(replaced, out var other) && other.ServiceIds.Count > 0 ? $", {Services(input, other, t)}" : "");
            if (record is { Guest: true })
                return t.Guest;
            return invited.TryGetValue(personId, out var invitee) ? Services(input, invitee, t) : "";
        }

        void Group(string title, IEnumerable<string> people)
        {
            var names = people.Select(id => (Name: Name(input, id), Why: Why(id))).OrderBy(p => p.Name, t.Comparer).ToList();
            line("");
            line($"**{title} ({names.Count})**");
            line("");
            if (names.Count == 0)
                line("- –");
            foreach (var (name, why) in names)
                line(why.Length > 0 ? $"- {MarkdownText.Inline(name)} – {why}" : $"- {MarkdownText.Inline(name)}");
        }

        bool Is(string id, AttendanceStatus status) => records.TryGetValue(id, out var r) && r.Status == status;
        Group(t.Present, records.Values.Where(r => r.Status == AttendanceStatus.Present).Select(r => r.PersonId));
        Group(t.Excused, records.Values.Where(r => r.Status == AttendanceStatus.Excused).Select(r => r.PersonId));
        // Invited and not recorded counts as away: the minutes say who was there.
        Group(t.Absent, invited.Keys.Where(id => !Is(id, AttendanceStatus.Present) && !Is(id, AttendanceStatus.Excused))
            .Concat(records.Values.Where(r => r.Status == AttendanceStatus.Absent && !invited.ContainsKey(r.PersonId)).Select(r => r.PersonId)));

        if (input.Meeting.InvitedServiceIds.Count == 0)
            return;
        line("");
        line($"| {t.Service} | {t.Present} | {t.InvitedPeople} |");
        line("| --- | --- | --- |");
        var turnout = AttendanceTally.PresentPerService(input.Invited, input.Attendance);
        foreach (var serviceId in input.Meeting.InvitedServiceIds.OrderBy(id => ServiceName(input, id), t.Comparer))
            line($"| {MarkdownText.Inline(ServiceName(input, serviceId))} | {turnout.GetValueOrDefault(serviceId)} | " +
                 $"{input.Invited.Count(i => i.ServiceIds.Contains(serviceId))} |");
    }

    private static string When(MeetingView m, Words t)
    {
        var starts = Clock.Local(m.StartsAt);
        var text = starts.ToString(t.DayFormat, t.Culture) + t.At + starts.ToString(t.TimeFormat, t.Culture);
        if (m.EndsAt is { } endsAt)
        {
            var ends = Clock.Local(endsAt);
            text += ends.Date == starts.Date
                ? "–" + ends.ToString(t.TimeFormat, t.Culture)
                : " – " + ends.ToString(t.DayFormat, t.Culture) + t.At + ends.ToString(t.TimeFormat, t.Culture);
        }
        return text;
    }

    private static string Services(MinutesInput input, Invitee invitee, Words t) =>
        invitee.ServiceIds.Count > 0
            ? string.Join(", ", invitee.ServiceIds.Select(id => MarkdownText.Inline(ServiceName(input, id))))
            : invitee.NetworkRole == NetworkRole.Facilitator ? t.Facilitator : t.Participant;

    private static string Name(MinutesInput input, string personId) => input.PersonNames.GetValueOrDefault(personId, personId);

    private static string ServiceName(MinutesInput input, string serviceId) => input.ServiceNames.GetValueOrDefault(serviceId, serviceId);

    /// <summary>The fixed words of the minutes in one language.</summary>
    private sealed record Words(
        CultureInfo Culture, string DayFormat, string At, string TimeFormat, string DateFormat,
        string Place, string Video, string ClosedBy, string Draft, string Planned, string Open,
        string Agenda, string NoAgenda, string Attendance, string Present, string Excused, string Absent,
        string Service, string InvitedPeople, string SubstituteFor, string Guest, string Facilitator, string Participant,
        string StatusReports, string NoStatusReports, string EmptyReport, string Insights, string NoInsights, string Vote, string Votes,
        string Learnings, string NoLearnings, string ActionItems, string NoActionItems, string What, string Who, string Due, string Status,
        string Done, string NotDone,
        string Late, string NotReported, string Tested, string DataShows, string Learned, string NextSteps, string HelpNeeded, string ForPatients)
    {
        public bool English => Culture.Name == "en-GB";

        public StringComparer Comparer { get; } = StringComparer.Create(Culture, true);

        public string State(MeetingState state) => state == MeetingState.Planned ? Planned : Open;

        public static readonly Words Nb = new(
            CultureInfo.GetCultureInfo("nb-NO"), "dddd d. MMMM yyyy", " kl. ", "HH.mm", "dd.MM.yyyy",
            "Sted", "Video", "Referatet er låst: samlingen ble lukket {0:dd.MM.yyyy 'kl.' HH.mm} av {1}.",
            "Utkast: samlingen er {0}, og referatet følger med til den lukkes.", "planlagt", "åpen",
            "Agenda", "Ingen agenda.", "Oppmøte", "Til stede", "Forfall", "Ikke til stede",
            "Tjeneste", "Invitert", "vikar for {0}", "gjest", "fasilitator", "deltaker",
            "Statusrapporter", "Ingen statusrapporter.", "Tom rapport.", "Innsikter", "Ingen innsikter valgt.", "{0} stemme", "{0} stemmer",
            "Lærdommer", "Ingen lærdommer notert.", "Oppfølgingspunkter", "Ingen oppfølgingspunkter.", "Hva", "Hvem", "Frist", "Status",
            "Utført", "Åpen",
            "Levert etter at samlingen startet.", "Ikke rapportert", "Hva vi har testet", "Hva dataene viser", "Hva vi har lært",
            "Neste steg", "Hva vi trenger hjelp til", "for pasientene");

        public static readonly Words En = new(
            CultureInfo.GetCultureInfo("en-GB"), "dddd d MMMM yyyy", ", ", "HH:mm", "dd/MM/yyyy",
            "Place", "Video", "These minutes are fixed: the meeting was closed on {0:dd/MM/yyyy 'at' HH:mm} by {1}.",
            "Draft: the meeting is {0}, and the minutes follow it until it is closed.", "planned", "open",
            "Agenda", "No agenda.", "Attendance", "Present", "Excused", "Absent",
            "Service", "Invited", "substitute for {0}", "guest", "facilitator", "participant",
            "Status reports", "No status reports.", "Empty report.", "Insights", "No insights chosen.", "{0} vote", "{0} votes",
            "Learnings", "No learnings noted.", "Action items", "No action items.", "What", "Who", "Due", "Status",
            "Done", "Open",
            "Submitted after the meeting started.", "Not reported", "What we tested", "What the data shows", "What we learned",
            "Next steps", "Help we need", "for patients");
    }
}
