using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Learnings;

namespace Forbedring.Grains.Demo;

/// <summary>
/// The demo's status reports and learnings, for meetings already planned in a loaded demo network: every invited
/// service reports what it tested since the samling before, from its own PDSA cycles and measures as the grains hold
/// them, except the miljøarbeidertjeneste, which never got started and never reports («noen kom aldri helt i gang»);
/// Rus/psyk is late once. Each cycle's Study becomes a learning, and the facilitator captures a few in the meetings.
/// Reports are refused once a meeting is closed, so load them before the demo closes its past samlinger; a closed
/// meeting is passed over.
/// </summary>
public static class DemoReports
{
    private const string NeverReports = "Miljøarbeidertjenesten";
    private const string SometimesLate = "Rus/psyk";

    /// <summary>What each service asks the network for; the seed's own worries (helgene, vikarer, lageret, E-link).</summary>
    private static readonly Dictionary<string, string> HelpNeeded = new()
    {
        ["Smidsrød helsehus"] = "Hvordan har dere fått med **helgene**? Vi trenger en fast ansvarlig også lørdag og søndag.",
        ["Hjemmetjenester"] = "Har noen en vikarordning for mottaksteamet i ferier som faktisk virker?",
        ["Bjønnesåsen bo- og aktivitetssenter (BBA)"] = "Tips til hvordan vi får med pårørende som bor langt unna på samtalen.",
        [SometimesLate] = "Vi trenger hjelp til å få fart på ny versjon av meldingsløsningen (E-link) hos leverandøren.",
        ["Tjenestekontoret"] = "Hjelpemiddellageret er flaskehalsen. Kan nettverket løfte det til virksomhetsdirektøren?",
    };

    /// <summary>Words in a cycle that give its learning a tag, so the search finds lessons across services.</summary>
    private static readonly (string Word, string Tag)[] TagWords =
    [
        ("sjekkliste", "sjekkliste"), ("utskriv", "utskrivning"), ("pårørende", "pårørende"), ("legemiddel", "legemidler"),
        ("møte", "møter"), ("tavla", "tavle"), ("tidspunkt", "fast tidspunkt"), ("hjelpemidl", "hjelpemidler"),
        ("rapport", "rapport"), ("mottaks", "mottak"), ("samhandling", "samhandling"), ("fagsystem", "fagsystem"),
    ];

    /// <summary>What the facilitator writes down in the samlinger, one or two a meeting, in the order they happened.</summary>
    private static readonly string[][] MeetingLearnings =
    [
        ["Min utfordring er også din utfordring: flere tjenester strever med de samme overgangene.",
         "Start smått: én pasient, én vakt, én uke, før dere sprer."],
        ["Målingene må være enkle nok til å føres på en travel vakt, ellers blir de ikke ført."],
        ["Det hjelper å invitere hverandre: helsehuset og hjemmetjenesten fant løsningen på legemiddellisten sammen."],
        ["Ledelsesforankring er ikke nok: de ansatte må eie forbedringsområdet.",
         "Forbedring tar tid og skal ta tid."],
    ];

    public static async Task LoadAsync(IGrainFactory grains, string networkId, IReadOnlyList<string> meetingIds, Actor actor)
    {
        var network = await grains.GetGrain<INetworkGrain>(networkId).Get()
            ?? throw new InvalidOperationException($"Loading the demo's reports failed: network {networkId} is missing.");
        var meetings = (await Task.WhenAll(meetingIds.Select(id => grains.GetGrain<IMeetingGrain>(id).Get())))
            .OfType<MeetingView>().Where(m => m.NetworkId == networkId).OrderBy(m => m.StartsAt).ToList();
        var work = await WorkAsync(grains, network);
        var facilitator = await PersonAsync(grains, network.Members.FirstOrDefault(m => m.Role == NetworkRole.Facilitator && m.Left is null)?.PersonId) ?? actor;
        var now = DateTimeOffset.UtcNow;

        var since = network.StartDate is { } start ? Clock.StartOf(start) : DateTimeOffset.MinValue;
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            if (meeting.State != MeetingState.Closed)
                foreach (var service in work.Where(w => meeting.InvitedServiceIds.Contains(w.Service.Id) && w.Service.Name != NeverReports))
                    await ReportAsync(grains, meeting, service, since, late: service.Service.Name == SometimesLate && i == 1, now, actor);
            foreach (var text in MeetingLearnings[i % MeetingLearnings.Length])
                await LearningAsync(grains, new LearningInput(networkId, null, text, ["samling"], new LearningSource(LearningSourceKind.Meeting, meeting.Id)), facilitator);
            since = meeting.StartsAt;
        }

        foreach (var (cycle, _) in work.SelectMany(w => w.Cycles).Where(c => LearningRules.FromStudy(c.Cycle.Study) is not null))
        {
            var author = await PersonAsync(grains, cycle.Updated.PersonId) ?? actor;
            DemoSteps.Ok(await grains.GetGrain<ILearningGrain>(Ids.New("learning")).AddFromCycle(cycle.Id, null, Tags(cycle), author),
                $"share what PDSA cycle «{cycle.Plan.Objective}» learned");
        }
    }

    /// <summary>One service's areas in the network, with their cycles (and each cycle's area title) and measures.</summary>
    private sealed record ServiceWork(ServiceView Service, IReadOnlyList<(PdsaCycleView Cycle, string AreaTitle)> Cycles, IReadOnlyList<MeasureSummary> Measures);

    private static async Task<IReadOnlyList<ServiceWork>> WorkAsync(IGrainFactory grains, NetworkView network)
    {
        var areas = (await Task.WhenAll(network.AreaIds.Select(id => grains.GetGrain<IImprovementAreaGrain>(id).Get()))).OfType<ImprovementAreaView>().ToList();
        var work = new List<ServiceWork>();
        foreach (var link in network.Services.Where(s => s.Left is null))
        {
            if (await grains.GetGrain<IServiceGrain>(link.ServiceId).Get() is not { } service)
                continue;
            var own = areas.Where(a => a.ServiceId == service.Id).ToList();
            var cycles = new List<(PdsaCycleView, string)>();
            foreach (var area in own)
                foreach (var cycle in (await Task.WhenAll(area.CycleIds.Select(id => grains.GetGrain<IPdsaCycleGrain>(id).Get()))).OfType<PdsaCycleView>())
                    cycles.Add((cycle, area.Title));
            var measures = (await Task.WhenAll(own.SelectMany(a => a.MeasureIds).Select(id => grains.GetGrain<IMeasureGrain>(id).GetSummary())))
                .OfType<MeasureSummary>().Where(m => m.PointCount > 0).ToList();
            work.Add(new ServiceWork(service, cycles, measures));
        }
        return work;
    }

    /// <summary>
    /// The report of what the service tested between the samling before and this one. Past meetings get their report
    /// two days before they started (late ones a few hours after); a meeting still to come gets it now.
    /// </summary>
    private static async Task ReportAsync(IGrainFactory grains, MeetingView meeting, ServiceWork work, DateTimeOffset since, bool late, DateTimeOffset now, Actor actor)
    {
        var tested = work.Cycles
            .Where(c => c.Cycle.StartDate is { } day && Clock.StartOf(day) >= since && Clock.StartOf(day) < meeting.StartsAt)
            .OrderBy(c => c.Cycle.StartDate)
            .ToList();
        var content = new StatusReportContent(
            tested.Count == 0
                ? "Ingen nye tester siden forrige samling; vi har brukt tiden på å følge opp det vi har innført."
                : string.Join("\n", tested.Select(c => $"- **{c.Cycle.Plan.Objective}** ({c.AreaTitle}, fra {c.Cycle.StartDate:dd.MM.yyyy}): {c.Cycle.Do.WhatHappened ?? "pågår"}")),
            tested.Select(c => c.Cycle.Id).ToList(),
            work.Measures.Count == 0
                ? "Vi har ikke kommet i gang med målingene ennå."
                : string.Join("\n", work.Measures.Select(m => $"- **{m.Name}** ({m.PointCount} målepunkter): {m.VerdictNb ?? "for få punkter til å si noe ennå."}")),
            work.Measures.Select(m => m.Id).ToList(),
            tested.Any(c => c.Cycle.Study.Learned is not null)
                ? string.Join("\n", tested.Select(c => c.Cycle.Study.Learned).OfType<string>().Select(l => $"- {l}"))
                : "Det tar tid å få en ny rutine til å sitte.",
            tested.Select(c => c.Cycle.Act.NextStep).OfType<string>().LastOrDefault() ?? "Fortsette målingene og planlegge neste test.",
            HelpNeeded.GetValueOrDefault(work.Service.Name));

        var writer = await WriterAsync(grains, work.Service) ?? actor;
        var report = grains.GetGrain<IStatusReportGrain>(StatusReportKey.Of(meeting.Id, work.Service.Id));
        var result = meeting.StartsAt <= now
            ? await report.SubmitAsOf(content, late ? Min(meeting.StartsAt.AddHours(3), now) : meeting.StartsAt.AddDays(-2), writer)
            : await report.Save(content, null, submit: true, writer);
        DemoSteps.Ok(result, $"report from {work.Service.Name} for «{meeting.Title}»");
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task LearningAsync(IGrainFactory grains, LearningInput input, Actor by) =>
        DemoSteps.Ok(await grains.GetGrain<ILearningGrain>(Ids.New("learning")).Add(input, by), $"capture the learning «{input.Text}»");

    private static IReadOnlyList<string> Tags(PdsaCycleView cycle)
    {
        var text = $"{cycle.Plan.Objective} {cycle.Study.Learned} {cycle.Act.NextStep}".ToLowerInvariant();
        return TagWords.Where(t => text.Contains(t.Word, StringComparison.Ordinal)).Select(t => t.Tag).Distinct().Take(LearningRules.MaxTags).ToList();
    }

    /// <summary>Staff write the report where there are any («have the staff taken ownership?»), else the leader.</summary>
    private static async Task<Actor?> WriterAsync(IGrainFactory grains, ServiceView service)
    {
        var active = service.Members.Where(m => m.Until is null).ToList();
        var writer = active.FirstOrDefault(m => m.Role is ServiceRole.MeasurementLead or ServiceRole.Staff) ?? active.FirstOrDefault();
        return await PersonAsync(grains, writer?.PersonId);
    }

    private static async Task<Actor?> PersonAsync(IGrainFactory grains, string? personId) =>
        personId is not null && await grains.GetGrain<IPersonGrain>(personId).Get() is { } person ? new Actor(person.Id, person.Name) : null;
}
