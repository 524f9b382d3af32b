using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Statistics;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Grains.Demo;

/// <summary>
/// The demo data set: the learning network «Gode overganger» from seeds/001 (Sandefjord's health
/// and care services, December 2019 – June 2021), created through the grain interfaces as its
/// people would have entered it. Made-up people, aggregate counts only; no patient data.
/// The same story and numbers every load (seeded); the ids are new, so each load is a fresh copy.
/// </summary>
public sealed class DemoNetwork(IGrainFactory grains, TimeProvider time)
{
    public const string NetworkName = "Læringsnettverk Gode overganger";
    public static readonly DateOnly NetworkStart = new(2019, 12, 3);
    public static readonly DateOnly NetworkEnd = new(2021, 6, 15);

    // The samlinger (network meetings) the ratings and milestones hang on; from May 2020 on video.
    private static readonly DateOnly Samling2 = new(2020, 2, 4);
    private static readonly DateOnly Samling3 = new(2020, 5, 5);
    private static readonly DateOnly Samling4 = new(2020, 9, 8);
    private static readonly DateOnly Samling5 = new(2020, 11, 24);
    private static readonly DateOnly Samling6 = new(2021, 2, 9);
    private static readonly DateOnly Avslutning = NetworkEnd;

    /// <summary>Loads one copy of the demo network and returns its id; throws when any step is refused.</summary>
    /// <param name="actor">Who loads it: recorded as the network's creator and, as for any new network, its first facilitator.</param>
    public async Task<string> LoadAsync(Actor actor)
    {
        var steps = new DemoSteps(grains);
        var cast = await CastAsync(steps, actor);
        var services = await ServicesAsync(steps, cast, actor);
        var network = await NetworkAsync(steps, cast, services, actor);
        var focus = network.FocusAreas.Single(f => f.Name == "Gode overganger").Id;
        var story = new Story(steps, network.Id, focus, cast);

        await story.SmidsrodAsync(services.Smidsrod);
        await story.HjemmetjenesterAsync(services.Hjemmetjenester);
        await story.BbaAsync(services.Bba);
        await story.RusPsykAsync(services.RusPsyk);
        await story.TjenestekontoretAsync(services.Tjenestekontoret);
        await story.MiljoarbeiderAsync(services.Miljoarbeider);
        await new DemoMeetings(grains).LoadAsync(network.Id, cast);
        return network.Id;
    }

    /// <summary>Everyone in the seed's list of participants, plus the staff who log and test.</summary>
    internal sealed record Cast(
        Actor Facilitator, Actor Radgiver, Actor Direktor, Actor Kommuneoverlege, Actor Fastlege, Actor Brukerrepresentant,
        Actor SmidsrodLeder, Actor SmidsrodSykepleier, Actor SmidsrodAnsatt,
        Actor HjemmeLeder, Actor HjemmeAvdelingsleder, Actor HjemmeFagsykepleier, Actor HjemmeAnsatt,
        Actor BbaLeder, Actor BbaFagutvikler, Actor BbaAnsatt,
        Actor RusLeder, Actor RusSykepleier,
        Actor MiljoLeder, Actor MiljoVernepleier, Actor MiljoNyVernepleier,
        Actor TkLeder, Actor TkKoordinator, Actor TkErgoterapeut);

    private sealed record ServiceIds(string Smidsrod, string Hjemmetjenester, string Bba, string RusPsyk, string Miljoarbeider, string Tjenestekontoret);

    private static async Task<Cast> CastAsync(DemoSteps s, Actor by) => new(
        Facilitator: await s.PersonAsync("Hilde Myrvold", "Nettverksleder, Utviklingssenter for sykehjem og hjemmetjenester", by),
        Radgiver: await s.PersonAsync("Espen Tangen", "Rådgiver, kvalitet og utvikling", by),
        Direktor: await s.PersonAsync("Anne Grete Holm", "Virksomhetsdirektør, helse og omsorg", by),
        Kommuneoverlege: await s.PersonAsync("Øystein Lunde", "Kommuneoverlege", by),
        Fastlege: await s.PersonAsync("Marte Solberg", "Fastlege", by),
        Brukerrepresentant: await s.PersonAsync("Arvid Kristiansen", "Brukerrepresentant, eldrerådet", by),
        SmidsrodLeder: await s.PersonAsync("Kristin Haugland", "Virksomhetsleder, Smidsrød helsehus", by),
        SmidsrodSykepleier: await s.PersonAsync("Tone Berg", "Avdelingssykepleier, Smidsrød helsehus", by),
        SmidsrodAnsatt: await s.PersonAsync("Jonas Eriksen", "Sykepleier, Smidsrød helsehus", by),
        HjemmeLeder: await s.PersonAsync("Bjørn Andersen", "Virksomhetsleder, hjemmetjenester", by),
        HjemmeAvdelingsleder: await s.PersonAsync("Lise Marie Johansen", "Avdelingsleder", by),
        HjemmeFagsykepleier: await s.PersonAsync("Siri Nilsen", "Fagsykepleier, hjemmetjenester", by),
        HjemmeAnsatt: await s.PersonAsync("Ahmed Hassan", "Helsefagarbeider, hjemmetjenester", by),
        BbaLeder: await s.PersonAsync("Randi Pedersen", "Virksomhetsleder, Bjønnesåsen bo- og aktivitetssenter", by),
        BbaFagutvikler: await s.PersonAsync("Maria Larsen", "Fagutviklingssykepleier, Bjønnesåsen", by),
        BbaAnsatt: await s.PersonAsync("Eirik Dahl", "Helsefagarbeider, Bjønnesåsen", by),
        RusLeder: await s.PersonAsync("Geir Olsen", "Virksomhetsleder, rus og psykisk helse", by),
        RusSykepleier: await s.PersonAsync("Camilla Strand", "Psykiatrisk sykepleier", by),
        MiljoLeder: await s.PersonAsync("Trond Hansen", "Virksomhetsleder, miljøarbeidertjenesten", by),
        MiljoVernepleier: await s.PersonAsync("Nina Aas", "Vernepleier", by),
        MiljoNyVernepleier: await s.PersonAsync("Kjersti Moen", "Vernepleier", by),
        TkLeder: await s.PersonAsync("Hanne Kvam", "Leder, tjenestekontoret", by),
        TkKoordinator: await s.PersonAsync("Per Ivar Nygård", "Koordinator, tjenestekontoret", by),
        TkErgoterapeut: await s.PersonAsync("Sara Lie", "Ergoterapeut, tjenestekontoret", by));

    private static async Task<ServiceIds> ServicesAsync(DemoSteps s, Cast c, Actor by)
    {
        const string Kommune = "Sandefjord kommune";
        var ids = new ServiceIds(
            await s.ServiceAsync("Smidsrød helsehus", "Helsehus (korttid og rehabilitering)", Kommune, by),
            await s.ServiceAsync("Hjemmetjenester", "Hjemmesykepleie og praktisk bistand", Kommune, by),
            await s.ServiceAsync("Bjønnesåsen bo- og aktivitetssenter (BBA)", "Bo- og aktivitetssenter", Kommune, by),
            await s.ServiceAsync("Rus/psyk", "Rus og psykisk helse", Kommune, by),
            await s.ServiceAsync("Miljøarbeidertjenesten", "Miljøarbeidertjeneste", Kommune, by),
            await s.ServiceAsync("Tjenestekontoret", "Tildeling av tjenester", Kommune, by));

        var since = new DateOnly(2019, 1, 1);
        await s.ServiceMemberAsync(ids.Smidsrod, c.SmidsrodLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Smidsrod, c.SmidsrodSykepleier, ServiceRole.MeasurementLead, since, by);
        await s.ServiceMemberAsync(ids.Smidsrod, c.SmidsrodAnsatt, ServiceRole.Staff, since, by);
        await s.ServiceMemberAsync(ids.Hjemmetjenester, c.HjemmeLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Hjemmetjenester, c.HjemmeAvdelingsleder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Hjemmetjenester, c.HjemmeFagsykepleier, ServiceRole.MeasurementLead, since, by);
        await s.ServiceMemberAsync(ids.Hjemmetjenester, c.HjemmeAnsatt, ServiceRole.Staff, since, by);
        await s.ServiceMemberAsync(ids.Bba, c.BbaLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Bba, c.BbaFagutvikler, ServiceRole.MeasurementLead, since, by);
        await s.ServiceMemberAsync(ids.Bba, c.BbaAnsatt, ServiceRole.Staff, since, by);
        await s.ServiceMemberAsync(ids.RusPsyk, c.RusLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.RusPsyk, c.RusSykepleier, ServiceRole.Staff, since, by);
        await s.ServiceMemberAsync(ids.RusPsyk, c.RusSykepleier, ServiceRole.MeasurementLead, new DateOnly(2020, 8, 24), by);
        await s.ServiceMemberAsync(ids.Miljoarbeider, c.MiljoLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Miljoarbeider, c.MiljoVernepleier, ServiceRole.Staff, since, by);
        await s.ServiceMemberAsync(ids.Tjenestekontoret, c.TkLeder, ServiceRole.Leader, since, by);
        await s.ServiceMemberAsync(ids.Tjenestekontoret, c.TkKoordinator, ServiceRole.MeasurementLead, since, by);
        await s.ServiceMemberAsync(ids.Tjenestekontoret, c.TkErgoterapeut, ServiceRole.Staff, since, by);

        // "Noen har byttet arbeidssted men er med fra nytt arbeidssted": the home services' unit
        // leader moves to the helsehus in September 2020 and stays in the network from there.
        await s.EndServiceMembershipAsync(ids.Hjemmetjenester, c.HjemmeAvdelingsleder, new DateOnly(2020, 8, 31), by);
        await s.ServiceMemberAsync(ids.Smidsrod, c.HjemmeAvdelingsleder, ServiceRole.Leader, new DateOnly(2020, 9, 1), by);

        // "Noe utskiftning undervegs": the miljøarbeidertjeneste's vernepleier leaves, another takes her place.
        await s.EndServiceMembershipAsync(ids.Miljoarbeider, c.MiljoVernepleier, new DateOnly(2020, 10, 31), by);
        await s.ServiceMemberAsync(ids.Miljoarbeider, c.MiljoNyVernepleier, ServiceRole.Staff, new DateOnly(2020, 11, 16), by);
        return ids;
    }

    private async Task<NetworkView> NetworkAsync(DemoSteps s, Cast c, ServiceIds ids, Actor by)
    {
        var description = $"""
            Læringsnettverk for helse og omsorg i kommunen, med utgangspunkt i samhandlingsforløpsarbeidet som startet i 2016
            og videreføring av samhandlingen med sykehuset (gode utskrivninger). Virksomhetslederne for hver tjeneste tar med
            seg en leder eller sentral medarbeider. Alle tjenestene finner noe å jobbe med under «Gode overganger».

            *«Min utfordring er også din utfordring.»*

            > Eksempeldata (demo) lastet {Clock.Today(time):dd.MM.yyyy}: oppdiktede personer, bare tall på gruppenivå, ingen pasientopplysninger.
            """;
        var network = await s.NetworkAsync(new NetworkInput(
            NetworkName,
            "Gode overganger",
            description,
            NetworkStart,
            NetworkEnd,
            [
                new FocusAreaInput(null, "Gode mottak", "Pasienten blir tatt godt imot når hun kommer hjem eller til et nytt tjenestested."),
                new FocusAreaInput(null, "Gode overganger", "Informasjon, ansvar og hjelpemidler følger pasienten mellom tjenestene, uten brudd."),
                new FocusAreaInput(null, "Samhandling med sykehuset", "Gode utskrivninger: videreføre samhandlingsforløpet fra 2016."),
            ],
            6), by);

        foreach (var service in new[] { ids.Smidsrod, ids.Hjemmetjenester, ids.Bba, ids.RusPsyk, ids.Miljoarbeider, ids.Tjenestekontoret })
            await s.NetworkServiceAsync(network.Id, service, NetworkStart, by);

        var preparing = new DateOnly(2019, 11, 12);
        await s.NetworkMemberAsync(network.Id, c.Facilitator, NetworkRole.Facilitator, preparing, by);
        await s.NetworkMemberAsync(network.Id, c.Radgiver, NetworkRole.Facilitator, preparing, by);
        await s.NetworkMemberAsync(network.Id, c.Direktor, NetworkRole.Participant, NetworkStart, by);
        await s.NetworkMemberAsync(network.Id, c.Kommuneoverlege, NetworkRole.Participant, NetworkStart, by);
        await s.NetworkMemberAsync(network.Id, c.Fastlege, NetworkRole.Participant, NetworkStart, by);
        await s.NetworkMemberAsync(network.Id, c.Brukerrepresentant, NetworkRole.Participant, NetworkStart, by);
        foreach (var person in new[]
                 {
                     c.SmidsrodLeder, c.SmidsrodSykepleier, c.HjemmeLeder, c.HjemmeAvdelingsleder, c.HjemmeFagsykepleier,
                     c.BbaLeder, c.BbaFagutvikler, c.RusLeder, c.RusSykepleier, c.MiljoLeder, c.MiljoVernepleier, c.TkLeder, c.TkKoordinator,
                 })
            await s.NetworkMemberAsync(network.Id, person, NetworkRole.Participant, NetworkStart, by);

        // "Fastlegen var med på oppstarten men sluttet i stillingen." The user representative stays
        // a member: "Brukerrepresentanten dukket aldri opp" shows as no activity, not as leaving.
        await s.LeaveNetworkAsync(network.Id, c.Fastlege, new DateOnly(2020, 6, 30), by);
        await s.LeaveNetworkAsync(network.Id, c.MiljoVernepleier, new DateOnly(2020, 10, 31), by);
        await s.NetworkMemberAsync(network.Id, c.MiljoNyVernepleier, NetworkRole.Participant, new DateOnly(2020, 11, 24), by);
        return network;
    }

    /// <summary>The services' improvement work, one method per service.</summary>
    private sealed class Story(DemoSteps s, string networkId, string focusAreaId, Cast c)
    {
        private static DateOnly D(int year, int month, int day) => new(year, month, day);

        private Task<DemoArea> AreaAsync(string serviceId, string title, string? problem, AimStatement? aim, Actor by) =>
            s.AreaAsync(new NewAreaInput(networkId, serviceId, focusAreaId, title, problem, aim), by);

        private static MeasureDefinition Proportion(string name, MeasureKind kind, Frequency frequency, string definition, string numerator,
            string denominator, string source, double? target, Actor responsible) =>
            new(name, kind, DataKind.Proportion, frequency, BetterDirection.Up, definition, numerator, denominator, "%", source, target, null,
                RuleSet.Anhoej, responsible.PersonId);

        public async Task SmidsrodAsync(string serviceId)
        {
            var leader = c.SmidsrodLeder;
            var nurse = c.SmidsrodSykepleier;
            var area = await AreaAsync(serviceId, "Trygg utskrivning fra helsehuset",
                """
                Pasienter som skrives ut fra helsehuset til hjemmet får ikke alltid en samtale om hva som skal skje hjemme, og
                hjemmetjenesten får ofte legemiddellisten dagen etter. Det gir feil i medisineringen de første døgnene og utrygge
                pasienter og pårørende.

                **Hva er viktig for deg?** «At de som kommer hjem til meg vet hvilke medisiner jeg skal ha.»
                """,
                new AimStatement(
                    "Strukturert utskrivningssamtale og oppdatert legemiddelliste sendt hjemmetjenesten samme dag",
                    "fra om lag 40 % til 90 % av utskrivningene",
                    D(2020, 12, 31),
                    "Innen 31.12.2020 skal 90 % av utskrivningene fra Smidsrød helsehus ha strukturert utskrivningssamtale og oppdatert legemiddelliste sendt hjemmetjenesten samme dag."),
                leader);
            await area.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 1, 14), "Valgt etter oppstartssamlingen"),
                (AreaStatus.Testing, D(2020, 2, 17), "Første test av sjekklisten"),
                (AreaStatus.Implementing, D(2020, 5, 11), "Sjekklisten innføres på alle avdelinger"),
                (AreaStatus.Sustaining, D(2021, 3, 1), "Fast rutine; måles månedlig videre"));

            var checklist = await area.IdeaAsync("Utskrivningssjekkliste", "Én side: legemidler, hjelpemidler, oppfølging, hvem pasienten kan ringe.", nurse);
            var fixedTime = await area.IdeaAsync("Fast tidspunkt for utskrivningssamtale", "Samtalen holdes kl. 11 dagen før utskrivning, med pårørende når pasienten ønsker det.", nurse);
            var sameDay = await area.IdeaAsync("Legemiddellisten sendes hjemmetjenesten samme dag", "Elektronisk melding før pasienten forlater huset.", leader);

            var discharges = await s.MeasureAsync(area, Proportion(
                "Utskrivninger med strukturert samtale og legemiddelliste samme dag", MeasureKind.Process, Frequency.Week,
                "Alle utskrivninger fra helsehuset til eget hjem i uka telles fra utskrivningslisten. Telles av måleansvarlig hver mandag.",
                "Utskrivninger der sjekklisten er fulgt og legemiddellisten er sendt hjemmetjenesten samme dag",
                "Alle utskrivninger til eget hjem i uka", "Utskrivningslisten og meldingsloggen i fagsystemet", 90, nurse), nurse);
            var readmissions = await s.MeasureAsync(area, new MeasureDefinition(
                "Reinnleggelser i sykehus innen 30 dager etter utskrivning", MeasureKind.Balancing, DataKind.Count, Frequency.Month,
                BetterDirection.Down, "Antall pasienter skrevet ut fra helsehuset som ble lagt inn på sykehus igjen innen 30 dager.",
                null, null, "pasienter", "Innleggelsesmeldinger fra sykehuset", null, null, RuleSet.Anhoej, leader.PersonId), leader);

            // The change took hold in week 20 of 2020: a real shift, after a frozen baseline of 14 weeks.
            var weeks = DemoSeries.Weeks(D(2020, 2, 3), 28);
            var points = DemoSeries.Proportion(101, weeks, i => i < 14 ? 0.40 : 0.86, 6, 10);
            DemoSeries.Note(points, D(2020, 3, 16), "Korona: besøksstans og færre utskrivninger denne uka");
            DemoSeries.Note(points, D(2020, 7, 13), "Ferieavvikling, mange vikarer");
            await s.LogAsync(discharges, DemoSeries.LoggedBy(points, (0, nurse), (6, c.SmidsrodAnsatt), (12, nurse), (20, c.SmidsrodAnsatt), (24, c.HjemmeAvdelingsleder)),
                "utskrivninger");
            await s.FreezeBaselineAsync(discharges, D(2020, 5, 4), Frequency.Week, nurse);
            await s.AnnotateAsync(discharges, D(2020, 5, 11), Frequency.Week, "Sjekklisten og fast samtaletidspunkt tatt i bruk på alle avdelinger", leader);

            var months = DemoSeries.Months(D(2020, 1, 1), 17);
            await s.LogAsync(readmissions, DemoSeries.LoggedBy(DemoSeries.Count(102, months, 3.0), (0, leader)), "reinnleggelser");

            var first = await s.CycleAsync(area, checklist,
                new PdsaPlan("Teste utskrivningssjekklisten på én pasient om dagen på avdeling 2 i én uke",
                    "Er listen mulig å bruke i en travel vakt? Hvilke punkter mangler?",
                    "Listen tar under 10 minutter. 3 av 5 utskrivninger får oppdatert legemiddelliste med seg.",
                    "Tone (avdelingssykepleier) og sykepleier på dagvakt", "Sjekklisten på papir", "Uke 8, mandag–fredag", "Avdeling 2",
                    "Tidsbruk og om legemiddellisten ble sendt, notert på listen"),
                [discharges], null,
                new PdsaDo(D(2020, 2, 17), D(2020, 2, 21), "Brukt på 5 utskrivninger.", "Punktet om hjelpemidler var uklart; to lister ble fylt ut etter at pasienten hadde reist.", "Pårørende satte pris på å bli ringt."),
                new PdsaStudy("4 av 5 fikk oppdatert liste (spådde 3 av 5). Tidsbruk 10–20 minutter, mer enn spådd.",
                    "Listen virker, men må være kortere og fylles ut før utskrivningsdagen."),
                new PdsaAct(PdsaDecision.Adapt, "Kortere liste; teste på alle utskrivninger på avdeling 2 i to uker."), nurse);
            var second = await s.CycleAsync(area, checklist,
                new PdsaPlan("Teste den korte sjekklisten på alle utskrivninger på avdeling 2 i to uker",
                    "Klarer vi alle utskrivninger, også i helg?", "Minst 7 av 10 utskrivninger følger listen.",
                    "Alle sykepleiere på avdeling 2", "Kort sjekkliste", "Uke 10–11", "Avdeling 2", "Ukentlig telling i målingen"),
                [discharges], first,
                new PdsaDo(D(2020, 3, 2), D(2020, 3, 13), "Listen brukt på 14 av 19 utskrivninger.", "Koronatiltak fra 12. mars: besøksstans, færre utskrivninger, mye omorganisering.", "Helgene var svakest: ingen fast ansvarlig."),
                new PdsaStudy("14 av 19 (74 %), omtrent som spådd. Nesten alle bommene var i helg eller på ettermiddag.",
                    "Samtalen må ha et fast tidspunkt, ellers skyves den til siste øyeblikk."),
                new PdsaAct(PdsaDecision.Adapt, "Fast samtaletidspunkt kl. 11 dagen før utskrivning; teste på alle avdelinger."), nurse);
            var third = await s.CycleAsync(area, fixedTime,
                new PdsaPlan("Fast utskrivningssamtale kl. 11 dagen før utskrivning på alle avdelinger i tre uker",
                    "Holder rutinen når alle avdelinger er med?", "8 av 10 utskrivninger får samtale og liste samme dag.",
                    "Alle avdelinger; Tone følger opp", "Fast tidspunkt i vaktplanen, sjekkliste i journalen", "Uke 17–19", "Hele helsehuset",
                    "Ukentlig telling; kort evaluering i personalmøtet"),
                [discharges], second,
                new PdsaDo(D(2020, 4, 20), D(2020, 5, 8), "Samtalen holdt kl. 11 på alle avdelinger.", "Én avdeling manglet sykepleier to dager.", "Hjemmetjenesten meldte at listene kom før pasienten."),
                new PdsaStudy("22 av 26 (85 %), over spådd.", "Fast tidspunkt er det som gjør forskjellen. Listen i journalen gjør at ingen glemmer den."),
                new PdsaAct(PdsaDecision.Adopt, "Innført på alle avdelinger fra uke 20; målingen fortsetter ukentlig."), leader);
            var fourth = await s.CycleAsync(area, sameDay,
                new PdsaPlan("Sende legemiddellisten elektronisk til hjemmetjenesten før pasienten går",
                    "Kommer listen fram før første besøk?", "Hjemmetjenesten har listen ved første besøk i 9 av 10 tilfeller.",
                    "Sykepleier som skriver ut, sammen med Siri i hjemmetjenesten", "Elektronisk melding", "Uke 38–39", "Helsehuset og hjemmetjenesten",
                    "Hjemmetjenesten krysser av ved første besøk"),
                [discharges], null,
                new PdsaDo(D(2020, 9, 14), D(2020, 9, 25), "Meldingen sendt for 17 av 18 utskrivninger.", null, "Lise Marie, som nå jobber her, kjente rutinene i hjemmetjenesten fra før."),
                new PdsaStudy("Listen var der ved første besøk i 16 av 17 tilfeller, som spådd.", "Samarbeidet over tjenestegrensen gikk lettere enn ventet."),
                new PdsaAct(PdsaDecision.Adopt, "Del i samlingen i november; Hjemmetjenester bruker samme melding."), c.HjemmeAvdelingsleder);

            await area.DriverDiagramAsync(
            [
                new DriverNodeInput(null, DriverKind.Primary, "Strukturert utskrivning", [discharges], null, null,
                [
                    new DriverNodeInput(null, DriverKind.Secondary, "Alle vet hva som skal gjøres før pasienten går", null, null, null,
                    [
                        new DriverNodeInput(null, DriverKind.ChangeIdea, "Utskrivningssjekkliste", null, [first.Id, second.Id], checklist, null),
                        new DriverNodeInput(null, DriverKind.ChangeIdea, "Fast tidspunkt for utskrivningssamtale", null, [third.Id], fixedTime, null),
                    ]),
                ]),
                new DriverNodeInput(null, DriverKind.Primary, "Informasjonen følger pasienten", [discharges, readmissions], null, null,
                [
                    new DriverNodeInput(null, DriverKind.ChangeIdea, "Legemiddellisten sendes samme dag", null, [fourth.Id], sameDay, null),
                ]),
                new DriverNodeInput(null, DriverKind.Primary, "Pasient og pårørende er forberedt", null, null, null, null),
            ], leader);
            var structured = area.View.DriverDiagram[0];
            await area.LinkIdeaToDriverAsync(checklist, structured.Children[0].Id, leader);
            await area.LinkIdeaToDriverAsync(fixedTime, structured.Children[0].Id, leader);
            await area.LinkIdeaToDriverAsync(sameDay, area.View.DriverDiagram[1].Id, leader);

            await area.MilestoneAsync(D(2020, 5, 11), "Sjekklisten innført på alle avdelinger", "Etter tre PDSA-sirkler.", leader);
            await area.MilestoneAsync(D(2020, 11, 24), "Delt på samlingen", "Hjemmetjenester og tjenestekontoret tar i bruk samme melding.", c.Facilitator);

            await area.RateAsync(Rater.Team, 2.0, Samling2, "Mål satt, første test planlagt.", leader);
            await area.RateAsync(Rater.Facilitator, 2.0, Samling2, "Godt formulert mål.", c.Facilitator);
            await area.RateAsync(Rater.Team, 3.0, Samling3, "Tre sirkler gjennomført, ser bedring.", leader);
            await area.RateAsync(Rater.Facilitator, 3.5, Samling3, "Tydelig forbedring i målingene.", c.Facilitator);
            await area.RateAsync(Rater.Team, 4.0, Samling5, "Endringen holder seg over sommeren.", leader);
            await area.RateAsync(Rater.Facilitator, 4.0, Samling5, "Varig forbedring; deler med de andre.", c.Facilitator);
            await area.RateAsync(Rater.Facilitator, 4.5, Avslutning, "Forbedringen holder; spredt til andre tjenester.", c.Facilitator);
        }

        public async Task HjemmetjenesterAsync(string serviceId)
        {
            var leader = c.HjemmeLeder;
            var fag = c.HjemmeFagsykepleier;
            var area = await AreaAsync(serviceId, "Gode mottak hjemme etter sykehus og helsehus",
                """
                Når pasienten kommer hjem, går det ofte flere dager før sykepleier er på besøk. Pasient og pårørende vet ikke hvem
                de skal ringe, og endringer i medisiner oppdages sent.
                """,
                new AimStatement("Sykepleierbesøk innen 24 timer etter hjemkomst", "fra om lag 70 % til 95 %", D(2021, 3, 31),
                    "Innen 31.3.2021 skal 95 % av pasientene som kommer hjem fra sykehus eller helsehus få besøk av sykepleier innen 24 timer."),
                leader);
            await area.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 1, 20), null),
                (AreaStatus.Testing, D(2020, 3, 16), null),
                (AreaStatus.Implementing, D(2021, 1, 11), "Mottaksteam på dagvakt i alle soner"));

            var team = await area.IdeaAsync("Fast mottaksteam med sykepleier på dagvakt", null, c.HjemmeAvdelingsleder);
            await area.IdeaAsync("Ringe pasienten dagen etter hjemkomst", "For dem som ikke får besøk samme dag.", fag);

            var visits = await s.MeasureAsync(area, Proportion(
                "Hjemkomster med sykepleierbesøk innen 24 timer", MeasureKind.Process, Frequency.Week,
                "Alle hjemkomster fra sykehus eller helsehus i uka.",
                "Hjemkomster der sykepleier var på besøk innen 24 timer", "Alle hjemkomster i uka", "Meldinger og besøksliste", 95, fag), fag);
            var deviations = await s.MeasureAsync(area, new MeasureDefinition(
                "Avvik om mangelfull informasjon ved overgang", MeasureKind.Outcome, DataKind.Count, Frequency.Month, BetterDirection.Down,
                "Avviksmeldinger der informasjon manglet eller kom for sent ved overgang fra sykehus eller helsehus.", null, null, "avvik",
                "Avvikssystemet", null, null, RuleSet.Anhoej, leader.PersonId), leader);

            var points = DemoSeries.Proportion(201, DemoSeries.Weeks(D(2020, 3, 2), 28), _ => 0.72, 8, 14);
            DemoSeries.Note(points, D(2020, 7, 20), "Ferie: mottaksteamet bemannet med vikarer");
            await s.LogAsync(visits, DemoSeries.LoggedBy(points, (0, fag), (4, c.HjemmeAnsatt), (14, fag), (18, c.HjemmeAnsatt)), "hjemmebesøk");
            await s.LogAsync(deviations, DemoSeries.LoggedBy(DemoSeries.Count(203, DemoSeries.Months(D(2020, 1, 1), 17), 4.0), (0, leader)), "avvik");

            var first = await s.CycleAsync(area, team,
                new PdsaPlan("Teste et fast mottaksteam i sone sør i tre uker",
                    "Når vi flere hjemkomster innen 24 timer med et fast team?", "9 av 10 hjemkomster i sone sør får besøk innen 24 timer.",
                    "Én sykepleier på dagvakt i sone sør", "Mottaksteam", "Uke 12–14", "Sone sør", "Besøkslisten"),
                [visits], null,
                new PdsaDo(D(2020, 3, 16), D(2020, 4, 3), "Teamet tok imot 23 hjemkomster.", "Korona: sykepleieren ble flyttet til smitteteamet i uke 14.", null),
                new PdsaStudy("19 av 23 (83 %), under spådd.", "Teamet virker når det er bemannet; vi trenger en vikarordning."),
                new PdsaAct(PdsaDecision.Adapt, "Teste igjen med fast stedfortreder."), c.HjemmeAvdelingsleder);
            await s.CycleAsync(area, team,
                new PdsaPlan("Teste et fast mottaksteam i sone sør i tre uker",
                    "Holder teamet når det har fast stedfortreder?", "9 av 10 hjemkomster får besøk innen 24 timer.",
                    "Sykepleier på dagvakt og fast stedfortreder", "Mottaksteam med stedfortreder", "Uke 19–22", "Sone sør", "Besøkslisten"),
                [visits], first,
                new PdsaDo(D(2020, 5, 4), D(2020, 5, 29), "Teamet tok imot 31 hjemkomster.", null, null),
                new PdsaStudy("27 av 31 (87 %).", null), null, fag);

            await area.RateAsync(Rater.Team, 2.0, Samling2, null, leader);
            await area.RateAsync(Rater.Team, 3.0, Samling4, "Testet i én sone; ikke sett endring i hele tjenesten ennå.", leader);
            await area.RateAsync(Rater.Facilitator, 2.5, Samling4, "Tester, men målingen viser ingen endring ennå.", c.Facilitator);
            await area.RateAsync(Rater.Facilitator, 3.0, Samling6, "Spredning til alle soner er i gang.", c.Facilitator);
        }

        public async Task BbaAsync(string serviceId)
        {
            var leader = c.BbaLeder;
            var fag = c.BbaFagutvikler;

            var moves = await AreaAsync(serviceId, "Kvalitetsmessig gode og trygge interne overflyttinger",
                "Beboere som flytter mellom avdelinger på Bjønnesåsen mister informasjon på veien: vaner, legemidler, hva som er viktig for dem.",
                new AimStatement("Sjekkliste brukt ved interne overflyttinger", "fra om lag 50 % til 90 %", D(2020, 12, 31),
                    "Innen utgangen av 2020 skal sjekklisten brukes ved 90 % av de interne overflyttingene."),
                leader);
            await moves.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 1, 14), null),
                (AreaStatus.Testing, D(2020, 3, 2), null),
                (AreaStatus.Implementing, D(2020, 6, 1), "Sjekklisten er fast rutine"));
            var checklist = await moves.IdeaAsync("Sjekkliste ved interne flyttinger", null, fag);
            var report = await moves.IdeaAsync("Muntlig rapport mellom avdelingene ved flytting", null, fag);
            var movesMeasure = await s.MeasureAsync(moves, Proportion(
                "Interne overflyttinger med sjekkliste", MeasureKind.Process, Frequency.Month,
                "Alle flyttinger av beboere mellom avdelinger på Bjønnesåsen i måneden.",
                "Flyttinger der sjekklisten er fylt ut og fulgt med beboeren", "Alle interne flyttinger i måneden", "Sjekklistene og flyttelisten", 90, fag), fag);
            await s.LogAsync(movesMeasure,
                DemoSeries.LoggedBy(DemoSeries.Proportion(301, DemoSeries.Months(D(2020, 2, 1), 16), _ => 0.78, 5, 9), (0, fag), (5, c.BbaAnsatt), (10, fag)),
                "overflyttinger");
            var movesFirst = await s.CycleAsync(moves, checklist,
                new PdsaPlan("Bruke sjekklisten ved alle flyttinger i mars", null, "Listen brukes ved 4 av 5 flyttinger.", "Avdelingssykepleierne", null, "Mars 2020", null, "Telle lister mot flytteliste"),
                [movesMeasure], null,
                new PdsaDo(D(2020, 3, 2), D(2020, 3, 27), "Listen brukt ved 5 av 6 flyttinger.", null, null),
                new PdsaStudy("5 av 6, som spådd.", "Listen fungerer; den muntlige overleveringen mangler fortsatt."),
                new PdsaAct(PdsaDecision.Adopt, "Fast rutine fra juni."), fag);
            await s.CycleAsync(moves, report,
                new PdsaPlan("Muntlig rapport mellom avdelingene samme dag som flyttingen", null, "Mottakende avdeling kjenner beboerens vaner første kveld.",
                    "Primærkontaktene", null, "Oktober 2020", null, "Kort spørsmål til mottakende avdeling"),
                [movesMeasure], movesFirst,
                new PdsaDo(D(2020, 10, 5), D(2020, 10, 30), "Rapport gitt ved 4 av 6 flyttinger.", "Vanskelig å få tid på kveldsvakt.", null),
                new PdsaStudy("4 av 6.", "Rapporten må legges til dagvakt."),
                new PdsaAct(PdsaDecision.Adapt, "Teste rapport på dagvakt før flyttingen."), c.BbaAnsatt);
            await moves.RateAsync(Rater.Team, 3.0, Samling4, "Sjekklisten er i bruk.", leader);
            await moves.RateAsync(Rater.Facilitator, 3.0, Samling4, "God start; mål resultat for beboerne også.", c.Facilitator);
            await moves.RateAsync(Rater.Team, 3.5, Samling6, null, leader);

            var dialogue = await AreaAsync(serviceId, "Brukermedvirkning og dialog med pårørende",
                "Pårørende sier de får vite for lite, for sent.",
                new AimStatement("Pårørendesamtale for nye beboere", "alle nye beboere", D(2021, 6, 30),
                    "Innen sommeren 2021 skal alle nye beboere og deres pårørende ha hatt en samtale innen fire uker etter innflytting."),
                leader);
            await dialogue.StatusAsync(leader, (AreaStatus.Chosen, D(2020, 9, 8), "Valgt på samlingen i september"));
            var meeting = await dialogue.IdeaAsync("Pårørendesamtale innen fire uker", null, leader);
            await s.CycleAsync(dialogue, meeting,
                new PdsaPlan("Invitere pårørende til samtale innen fire uker for de neste tre nye beboerne", null, "Alle tre takker ja.",
                    "Primærkontakt", null, null, null, null),
                [], null, null, null, null, leader);
            await dialogue.RateAsync(Rater.Team, 1.5, Samling6, "Planlagt, ikke startet.", leader);

            var important = await AreaAsync(serviceId, "Ta til etterretning svarene på «hva er viktig for deg»",
                "Vi spør beboerne hva som er viktig for dem, men svarene havner ikke i tiltaksplanen.",
                new AimStatement("Svaret på «hva er viktig for deg» brukt i tiltaksplanen", "fra om lag 30 % til 80 %", D(2021, 6, 30), null),
                fag);
            await important.StatusAsync(fag, (AreaStatus.Chosen, D(2020, 2, 4), null), (AreaStatus.Testing, D(2020, 10, 12), null));
            var intake = await important.IdeaAsync("Spørsmålet stilles i innkomstsamtalen og skrives inn i tiltaksplanen", null, fag);
            var importantMeasure = await s.MeasureAsync(important, Proportion(
                "Tiltaksplaner med «hva er viktig for deg»", MeasureKind.Process, Frequency.Month,
                "Stikkprøve av ti tiltaksplaner hver måned.", "Tiltaksplaner der beboerens svar er skrevet inn og brukt", "Tiltaksplaner i stikkprøven",
                "Journal", 80, fag), fag);
            await s.LogAsync(importantMeasure,
                DemoSeries.LoggedBy(DemoSeries.Proportion(302, DemoSeries.Months(D(2020, 9, 1), 9), i => 0.3 + 0.03 * i, 10, 10), (0, fag), (4, c.BbaAnsatt)),
                "hva er viktig for deg");
            await s.CycleAsync(important, intake,
                new PdsaPlan("Stille spørsmålet i innkomstsamtalen for alle nye beboere i oktober", null, "Svaret står i tiltaksplanen for 4 av 5.",
                    "Primærkontakt", null, "Oktober–november 2020", null, "Stikkprøve av tiltaksplaner"),
                [importantMeasure], null,
                new PdsaDo(D(2020, 10, 12), null, "Spørsmålet er stilt til de fem første.", null, null), null, null, fag);
            await important.RateAsync(Rater.Team, 2.5, Samling6, null, fag);
            await important.RateAsync(Rater.Facilitator, 2.0, Samling6, "Måler, men få tester ennå.", c.Facilitator);

            var story = await AreaAsync(serviceId, "Ta aktivt i bruk «min livshistorie»",
                "Skjemaet «min livshistorie» fylles ut ved innflytting, men brukes lite i hverdagen.", null, leader);
            await story.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 2, 4), null),
                (AreaStatus.Stalled, D(2020, 4, 1), "Besøksstans under korona: pårørende kan ikke være med å fylle ut"));
            await story.IdeaAsync("Livshistorien gjennomgås i første primærkontaktsamtale", null, fag);
        }

        public async Task RusPsykAsync(string serviceId)
        {
            var leader = c.RusLeder;
            var nurse = c.RusSykepleier;

            var docs = await AreaAsync(serviceId, "Dokumentasjon ved endring i tilstand",
                "Når tilstanden endrer seg (rusbruk, søvn, selvmordstanker), blir det ofte ikke dokumentert før neste dag, og neste vakt og fastlegen får ikke vite det.",
                new AimStatement("Endring i tilstand dokumentert samme vakt", "fra om lag 60 % til 90 %", D(2021, 6, 30), null),
                leader);
            await docs.StatusAsync(leader, (AreaStatus.Chosen, D(2020, 2, 4), null), (AreaStatus.Testing, D(2020, 9, 21), null));
            var morning = await docs.IdeaAsync("Fast punkt om endring i tilstand i morgenmøtet", null, nurse);
            var docsMeasure = await s.MeasureAsync(docs, Proportion(
                "Endringer i tilstand dokumentert samme vakt", MeasureKind.Process, Frequency.Week,
                "Endringer i tilstand meldt i morgenmøtet, sjekket mot journalen.", "Endringer dokumentert samme vakt", "Endringer meldt i morgenmøtet",
                "Morgenmøtet og journal", 90, nurse), nurse);
            await s.LogAsync(docsMeasure,
                DemoSeries.LoggedBy(DemoSeries.Proportion(402, DemoSeries.Weeks(D(2020, 8, 31), 27), _ => 0.62, 4, 9), (0, nurse), (15, leader), (17, nurse)),
                "dokumentasjon");
            var first = await s.CycleAsync(docs, morning,
                new PdsaPlan("Fast punkt om endring i tilstand i morgenmøtet i tre uker", null, "Flere endringer blir dokumentert samme vakt.",
                    "Alle på morgenmøtet", null, "Uke 39–41", null, "Telling i morgenmøtet"),
                [docsMeasure], null,
                new PdsaDo(D(2020, 9, 21), D(2020, 10, 9), "Punktet tatt opp i 13 av 15 møter.", "Glemmes når møtet blir kort.", null),
                new PdsaStudy("Ingen tydelig endring i målingen.", "Punktet må stå på tavla, ikke bare i hodet på møteleder."),
                new PdsaAct(PdsaDecision.Adapt, "Punktet skrives fast på tavla."), nurse);
            await s.CycleAsync(docs, morning,
                new PdsaPlan("Fast punkt om endring i tilstand i morgenmøtet i tre uker", null, "Punktet tas opp i alle møter.",
                    "Alle på morgenmøtet", "Punktet står fast på tavla", "Uke 45–48", null, "Telling i morgenmøtet"),
                [docsMeasure], first,
                new PdsaDo(D(2020, 11, 2), D(2020, 11, 27), "Tatt opp i alle møter.", null, null),
                new PdsaStudy("Punktet tas opp, men målingen viser fortsatt bare tilfeldig variasjon.", "Vi må også se på tiden til å skrive."),
                new PdsaAct(PdsaDecision.Adopt, "Beholder tavlepunktet; ny idé om skrivetid testes etter jul."), nurse);
            await docs.RateAsync(Rater.Team, 2.5, Samling5, null, leader);
            await docs.RateAsync(Rater.Facilitator, 2.5, Samling5, "Tester systematisk; ingen endring i målingen ennå.", c.Facilitator);

            var elink = await AreaAsync(serviceId, "E-link, bruk og innhold",
                "Meldingene mellom tjenesten, fastlegene og sykehuset er ufullstendige og kommer fram for sent.",
                new AimStatement("Fullstendige E-link-meldinger ved innleggelse", null, null, null), leader);
            await elink.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 2, 4), null),
                (AreaStatus.Testing, D(2020, 10, 5), null),
                (AreaStatus.Stalled, D(2020, 12, 1), "Venter på ny versjon av meldingsløsningen"));
            var template = await elink.IdeaAsync("Mal for E-link-melding ved innleggelse", null, nurse);
            await s.CycleAsync(elink, template,
                new PdsaPlan("Teste en mal for meldingen ved innleggelse", null, "Sykehuset svarer raskere på meldinger som følger malen.",
                    null, null, "Oktober 2020", null, null),
                [], null,
                new PdsaDo(D(2020, 10, 5), D(2020, 10, 23), "Malen brukt i 6 meldinger.", "Fagsystemet kan ikke lagre maler.", null),
                new PdsaStudy("Ingen forskjell i svartid.", "Uten støtte i fagsystemet blir malen ikke brukt."),
                new PdsaAct(PdsaDecision.Abandon, "Tas opp igjen når ny versjon av meldingsløsningen er på plass."), nurse);
            await elink.RateAsync(Rater.Facilitator, 1.5, Samling6, "Stanset; avhenger av leverandøren.", c.Facilitator);
        }

        public async Task TjenestekontoretAsync(string serviceId)
        {
            var leader = c.TkLeder;
            var coordinator = c.TkKoordinator;

            var pathway = await AreaAsync(serviceId, "Bedre pasientforløp i overgangene",
                "Fra sykehuset melder at en pasient er utskrivningsklar, til vedtaket om tjenester er fattet, går det for lang tid.",
                new AimStatement("Dager fra melding om utskrivningsklar pasient til vedtak", "under 2 dager i snitt", D(2021, 6, 30), null),
                leader);
            await pathway.StatusAsync(leader,
                (AreaStatus.Chosen, D(2020, 1, 14), null),
                (AreaStatus.Testing, D(2020, 2, 10), null),
                (AreaStatus.Implementing, D(2020, 10, 5), null));
            var daily = await pathway.IdeaAsync("Daglig avklaringsmøte med helsehus og hjemmetjenester", null, coordinator);
            var days = await s.MeasureAsync(pathway, new MeasureDefinition(
                "Dager fra melding om utskrivningsklar pasient til vedtak", MeasureKind.Outcome, DataKind.Measurement, Frequency.Month,
                BetterDirection.Down, "Gjennomsnittlig antall dager for pasienter meldt utskrivningsklare i måneden.", null, null, "dager",
                "Fagsystemet", 2, null, RuleSet.Anhoej, coordinator.PersonId), coordinator);
            await s.LogAsync(days,
                DemoSeries.LoggedBy(DemoSeries.Measurement(501, DemoSeries.Months(D(2020, 1, 1), 17), 2.6, 0.4), (0, coordinator), (8, leader), (10, coordinator)),
                "dager til vedtak");
            var first = await s.CycleAsync(pathway, daily,
                new PdsaPlan("Daglig avklaringsmøte kl. 10 med helsehus og hjemmetjenester i fire uker", null, "Vedtak fattes en dag raskere.",
                    "Per Ivar og kontaktpersoner i tjenestene", null, "Februar–mars 2020", "Videomøte", "Dager til vedtak"),
                [days], null,
                new PdsaDo(D(2020, 2, 10), D(2020, 3, 6), "Møtet holdt 18 av 20 dager.", "Hjemmetjenestene hadde ikke alltid noen å sende.", null),
                new PdsaStudy("Litt raskere noen uker, men innenfor vanlig variasjon.", "Kortere møte og fast deltaker fra hver tjeneste."),
                new PdsaAct(PdsaDecision.Adapt, "Kortere møte med fast deltaker."), coordinator);
            await s.CycleAsync(pathway, daily,
                new PdsaPlan("Daglig avklaringsmøte kl. 10 med helsehus og hjemmetjenester i fire uker", null, "Alle tjenester møter hver dag.",
                    "Fast deltaker fra hver tjeneste", "10 minutter på video", "September 2020", "Videomøte", "Dager til vedtak; oppmøte"),
                [days], first,
                new PdsaDo(D(2020, 9, 7), D(2020, 10, 2), "Alle tjenester møtte 19 av 20 dager.", null, null),
                new PdsaStudy("Oppmøtet som spådd; dagene til vedtak fortsatt innenfor vanlig variasjon.", "Møtet gir bedre samhandling selv om tiden ikke er endret ennå."),
                new PdsaAct(PdsaDecision.Adopt, "Fast møte; neste idé: vedtaksmal for korttid."), leader);
            await pathway.RateAsync(Rater.Team, 3.0, Samling4, "Møtet er på plass.", leader);
            await pathway.RateAsync(Rater.Facilitator, 2.5, Samling4, "Bra samhandling; resultatet er ikke endret ennå.", c.Facilitator);
            await pathway.RateAsync(Rater.Team, 3.0, Samling6, null, leader);
            await pathway.MilestoneAsync(D(2020, 10, 5), "Daglig avklaringsmøte fast", null, leader);

            var aids = await AreaAsync(serviceId, "Hjelpemidler til hjemmeboende",
                "Pasienter kommer hjem uten hjelpemidlene de trenger (seng, rullator, toalettforhøyer), og må vente i dager.",
                new AimStatement("Hjemkomster der hjelpemidler mangler", "halvere", D(2021, 6, 30), null),
                leader);
            await aids.StatusAsync(leader, (AreaStatus.Chosen, D(2020, 9, 8), null), (AreaStatus.Testing, D(2020, 10, 19), null));
            var call = await aids.IdeaAsync("Ergoterapeut ringer hjem før utskrivning", null, c.TkErgoterapeut);
            var missing = await s.MeasureAsync(aids, new MeasureDefinition(
                "Hjemkomster der nødvendige hjelpemidler manglet", MeasureKind.Outcome, DataKind.Count, Frequency.Week, BetterDirection.Down,
                "Meldt fra hjemmetjenesten ved første besøk.", null, null, "hjemkomster", "Meldinger fra hjemmetjenesten", null, null, RuleSet.Anhoej,
                c.TkErgoterapeut.PersonId), c.TkErgoterapeut);
            await s.LogAsync(missing,
                DemoSeries.LoggedBy(DemoSeries.Count(502, DemoSeries.Weeks(D(2020, 9, 28), 27), 1.6), (0, c.TkErgoterapeut), (12, coordinator), (14, c.TkErgoterapeut)),
                "manglende hjelpemidler");
            await s.CycleAsync(aids, call,
                new PdsaPlan("Ergoterapeut ringer pasient eller pårørende før utskrivning for å avklare hjelpemidler", null,
                    "Færre hjemkomster der hjelpemidler mangler.", "Sara (ergoterapeut)", null, "Uke 43–46", null, "Ukentlig telling"),
                [missing], null,
                new PdsaDo(D(2020, 10, 19), D(2020, 11, 13), "Ringt til 21 av 25.", "Hjelpemiddellageret har ventetid.", null),
                new PdsaStudy("Ingen sikker endring i tellingen.", "Samtalen avdekker behov, men lageret er flaskehalsen."),
                new PdsaAct(PdsaDecision.Adapt, "Teste hurtigutlevering fra lageret for utskrivninger."), c.TkErgoterapeut);
            await aids.RateAsync(Rater.Team, 2.0, Samling5, null, leader);
            await aids.RateAsync(Rater.Facilitator, 2.0, Samling6, "Tester; flaskehalsen er funnet.", c.Facilitator);
        }

        /// <summary>"Noen kom aldri helt i gang": a title written at the start, nothing more.</summary>
        public async Task MiljoarbeiderAsync(string serviceId) =>
            await AreaAsync(serviceId, "Overganger mellom bolig og avlastning", null, null, c.MiljoLeder);
    }
}
