using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;
using Forbedring.Domain;

namespace Forbedring.Grains.Demo;

/// <summary>
/// The samlinger of «Gode overganger»: four meetings from February to November 2020, the first in
/// person and the rest on video (the pandemic), each opened, recorded and closed with its minutes.
/// Attendance drifts as in seeds/001: "Varierende møtedeltagelse" — people send apologies, the GP
/// came at the start and left the job, the user representative never showed up, the home services'
/// unit leader comes from her new workplace, substitutes and a guest from the hospital come, and
/// Rus/psyk fades out (absent from the last two), which the overview flags. Before they close, the services'
/// status reports and the learnings go in (DemoReports), and the last samling holds the insight workshop of
/// seeds/004 (DemoVoting), so the minutes carry them.
/// </summary>
internal sealed class DemoMeetings(IGrainFactory grains)
{
    /// <summary>How someone invited is recorded: present, excused (forfall), or absent (X).</summary>
    private enum A { P, E, X }

    /// <summary>A meeting held and not yet closed, with the action items to tick off once it is.</summary>
    private sealed record Held(string Id, string Title, IReadOnlyList<(ActionItem Item, Actor Who, bool Done)> Items);

    /// <summary>Plans and holds the meetings, adds the reports, learnings and voting, then closes them; returns their ids in date order.</summary>
    public async Task<IReadOnlyList<string>> LoadAsync(string networkId, DemoNetwork.Cast c)
    {
        var by = c.Facilitator;
        var substitute = await new DemoSteps(grains).PersonAsync("Guri Vik", "Sykepleier, hjemmetjenester (vikar)", by);
        var guest = await new DemoSteps(grains).PersonAsync("Kari Sund", "Koordinerende enhet, Sykehuset i Vestfold", by);

        var held = new List<Held>
        {
            await MeetingAsync(networkId, by,
                new MeetingDetails("Samling 2: mål og målinger", At(2020, 2, 4, 9), At(2020, 2, 4, 14), "Smidsrød helsehus, møtesalen", null,
                    """
                    1. Velkommen og runde rundt bordet
                    2. **Målet** for hver tjeneste: hva, hvor mye, innen når?
                    3. Målinger: teller, nevner og hvem som registrerer
                    4. Planlegge første PDSA
                    """, null),
                [
                    (c.Facilitator, A.P), (c.Radgiver, A.P), (c.Direktor, A.P), (c.Kommuneoverlege, A.P), (c.Fastlege, A.P), (c.Brukerrepresentant, A.X),
                    (c.SmidsrodLeder, A.P), (c.SmidsrodSykepleier, A.P), (c.HjemmeLeder, A.P), (c.HjemmeAvdelingsleder, A.P),
                    (c.HjemmeFagsykepleier, A.P), (c.BbaLeder, A.P), (c.BbaFagutvikler, A.P), (c.RusLeder, A.P), (c.RusSykepleier, A.P),
                    (c.MiljoLeder, A.P), (c.MiljoVernepleier, A.E), (c.TkLeder, A.P), (c.TkKoordinator, A.P),
                ],
                [], [],
                [
                    ("Sende ut mal for målingsplan til alle tjenestene", by, new DateOnly(2020, 2, 18), true),
                    ("Avklare tilgang til fagsystemet for målingene", c.TkKoordinator, new DateOnly(2020, 3, 1), true),
                ]),
            await MeetingAsync(networkId, by,
                new MeetingDetails("Samling 3: første PDSA-erfaringer", At(2020, 5, 5, 9), At(2020, 5, 5, 12), null, "https://video.example/gode-overganger/samling-3",
                    """
                    Første samling på video.

                    1. Hvordan går det med tjenestene under koronatiltakene?
                    2. Hver tjeneste: én PDSA, hva lærte vi?
                    3. Seriediagram: hva er tilfeldig variasjon?
                    """, null),
                [
                    (c.Facilitator, A.P), (c.Radgiver, A.P), (c.Direktor, A.E), (c.Kommuneoverlege, A.E), (c.Fastlege, A.E),
                    (c.SmidsrodLeder, A.P), (c.SmidsrodSykepleier, A.P), (c.HjemmeLeder, A.P), (c.HjemmeAvdelingsleder, A.P), (c.HjemmeAnsatt, A.P),
                    (c.BbaLeder, A.P), (c.BbaFagutvikler, A.E), (c.RusLeder, A.E), (c.RusSykepleier, A.P),
                    (c.MiljoLeder, A.X), (c.MiljoVernepleier, A.E), (c.TkLeder, A.P), (c.TkKoordinator, A.P),
                ],
                [], [],
                [
                    ("Dele utskrivningssjekklisten med hjemmetjenestene", c.SmidsrodSykepleier, new DateOnly(2020, 5, 29), true),
                    ("Ta opp E-link med leverandøren", c.RusLeder, new DateOnly(2020, 6, 15), false),
                ]),
            await MeetingAsync(networkId, by,
                new MeetingDetails("Samling 4: spredning og nye områder", At(2020, 9, 8, 9), At(2020, 9, 8, 12), null, "https://video.example/gode-overganger/samling-4",
                    """
                    1. Smidsrød helsehus: fra test til fast rutine
                    2. Nye forbedringsområder etter sommeren
                    3. Hvem eier forbedringsarbeidet hos oss: ledere eller ansatte?
                    """, null),
                [
                    (c.Facilitator, A.P), (c.Radgiver, A.E), (c.Direktor, A.X), (c.Kommuneoverlege, A.P),
                    (c.SmidsrodLeder, A.P), (c.SmidsrodSykepleier, A.P), (c.SmidsrodAnsatt, A.P), (c.HjemmeAvdelingsleder, A.P),
                    (c.HjemmeLeder, A.E), (c.HjemmeFagsykepleier, A.P), (c.BbaLeder, A.P), (c.BbaFagutvikler, A.P),
                    (c.RusLeder, A.X), (c.RusSykepleier, A.X), (c.MiljoLeder, A.X),
                    (c.TkLeder, A.P), (c.TkKoordinator, A.P), (c.TkErgoterapeut, A.P),
                ],
                // The home services' leader sends a substitute.
                [(substitute, c.HjemmeLeder)], [],
                [
                    ("Skrive én side om mottaksteamet til de andre tjenestene", c.HjemmeFagsykepleier, new DateOnly(2020, 10, 15), true),
                    ("Invitere fastlegekontorene til neste samling", c.Kommuneoverlege, new DateOnly(2020, 11, 1), false),
                ]),
            await MeetingAsync(networkId, by,
                new MeetingDetails("Samling 5: deling på tvers", At(2020, 11, 24, 9), At(2020, 11, 24, 12), null, "https://video.example/gode-overganger/samling-5",
                    """
                    *«Min utfordring er også din utfordring.»*

                    1. Tjenestekontoret og helsehuset: samme melding ved utskrivning
                    2. Gjest fra sykehuset: koordinerende enhet
                    3. Hva tar vi med oss videre?
                    """, null),
                [
                    (c.Facilitator, A.P), (c.Radgiver, A.P), (c.Direktor, A.P), (c.Kommuneoverlege, A.E),
                    (c.SmidsrodLeder, A.P), (c.SmidsrodSykepleier, A.E), (c.HjemmeAvdelingsleder, A.P),
                    (c.HjemmeLeder, A.P), (c.HjemmeFagsykepleier, A.P), (c.BbaLeder, A.P), (c.BbaFagutvikler, A.E),
                    (c.MiljoNyVernepleier, A.P), (c.TkLeder, A.P), (c.TkKoordinator, A.E), (c.TkErgoterapeut, A.P),
                ],
                [], [guest],
                [
                    ("Samle lærdommene til sluttrapporten", c.Radgiver, new DateOnly(2021, 1, 31), false),
                    ("Teste hurtigutlevering fra hjelpemiddellageret", c.TkErgoterapeut, new DateOnly(2021, 1, 15), true),
                ]),
        };

        var ids = held.Select(h => h.Id).ToList();
        await DemoReports.LoadAsync(grains, networkId, ids, by);
        await DemoVoting.LoadAsync(grains, networkId, ids[^1], by);
        foreach (var meeting in held)
            await CloseAsync(meeting, by);
        return ids;
    }

    private async Task<Held> MeetingAsync(
        string networkId, Actor by, MeetingDetails details,
        IReadOnlyList<(Actor Person, A Status)> attendance,
        IReadOnlyList<(Actor Substitute, Actor For)> substitutes,
        IReadOnlyList<Actor> guests,
        IReadOnlyList<(string What, Actor Who, DateOnly Due, bool DoneAfterwards)> actionItems)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(Ids.New("meeting"));
        var view = DemoSteps.Ok(await meeting.Create(new MeetingInput(networkId, details.Title, details.StartsAt, details.EndsAt, details.Place,
            details.VideoLink, details.Agenda, null), by), $"plan «{details.Title}»");
        DemoSteps.Ok(await meeting.Open(view.Version, by), $"open «{details.Title}»");

        foreach (var (person, status) in attendance)
            DemoSteps.Ok(await meeting.RecordAttendance(new AttendanceInput(person.PersonId, Status(status), null, false), by), $"record attendance at «{details.Title}»");
        foreach (var (person, replaced) in substitutes)
            DemoSteps.Ok(await meeting.RecordAttendance(new AttendanceInput(person.PersonId, AttendanceStatus.Present, replaced.PersonId, false), by), "record a substitute");
        foreach (var person in guests)
            DemoSteps.Ok(await meeting.RecordAttendance(new AttendanceInput(person.PersonId, AttendanceStatus.Present, null, true), by), "record a guest");
        var items = new List<(ActionItem Item, Actor Who, bool Done)>();
        foreach (var (what, who, due, done) in actionItems)
            items.Add((DemoSteps.Ok(await meeting.AddActionItem(new ActionItemInput(what, who.PersonId, due), by), $"add action item «{what}»"), who, done));
        return new Held(view.Id, details.Title, items);
    }

    private async Task CloseAsync(Held held, Actor by)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(held.Id);
        DemoSteps.Ok(await meeting.Close(null, by), $"close «{held.Title}»");
        // Between meetings the work gets done: the assignees tick their items off after the minutes are fixed.
        foreach (var (item, who, _) in held.Items.Where(i => i.Done))
            DemoSteps.Ok(await meeting.CompleteActionItem(item.Id, true, who), $"complete «{item.What}»");
    }

    private static AttendanceStatus Status(A status) => status switch
    {
        A.P => AttendanceStatus.Present,
        A.E => AttendanceStatus.Excused,
        _ => AttendanceStatus.Absent,
    };

    /// <summary>A time in Norway (winter or summer time as it was that day).</summary>
    private static DateTimeOffset At(int year, int month, int day, int hour)
    {
        var local = new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo").GetUtcOffset(local));
    }
}
