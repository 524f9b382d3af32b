using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Voting;
using Forbedring.Domain;
using Forbedring.Domain.Voting;

namespace Forbedring.Grains.Demo;

/// <summary>
/// The insight workshop of seeds/004 (Helserom Helgeland) as a dot voting at one meeting: the
/// facilitator puts up the insight cards from the interviews, everyone taking part gives two votes,
/// and the group chooses the two that matter most and says what fixing or keeping them should give
/// the patients. The same votes every load.
/// </summary>
public static class DemoVoting
{
    /// <summary>The insight cards of the workshop, as the interviews put them.</summary>
    internal static readonly (string Title, string Description)[] Insights =
    [
        ("Mange konsultasjoner kan flyttes fra sykehus til kommuner",
            "For eksempel oppfølging av kreftpasienter, hudundersøkelser, nevrologiske undersøkelser, oppfølging av brudd og hofte- og kneoperasjoner, psykiatrisk behandling – og blodtransfusjoner."),
        ("Det trengs systematisk arbeid for å få ned antall innleggelser og polikliniske besøk",
            "Finne ut hva overforbruket skyldes, og lage et system for å kartlegge hvilke pasienter som faktisk skal til sykehus og hvilke som ikke trenger det."),
        ("God struktur og kultur sikrer at utskrivningsklare pasienter får riktig tjeneste til riktig tid",
            "Det faste, månedlige møtet med kommunene i innsatsteamet ivaretar pasientene og gir god kvalitet i overgangene."),
        ("Lange og upraktiske reiser til helsehjelp er en av de største utfordringene for pasientene",
            "Lange reiser er svært belastende, særlig for eldre. Trenger pasienten følge, bruker også helsepersonell fra kommunen mye tid på reise."),
        ("Konsultasjoner på sykehuset: vanskelig å finne ledsagere, og det koster mye",
            "Mange reiser langt, med ledsager, til polikliniske konsultasjoner på 10–15 minutter."),
        ("Sykehuset mangler oversikt over tjenestetilbud og kompetanse i kommunen",
            "Det er vanskelig å komme i kontakt med de riktige personene og å finne riktig kompetanse i kommunen."),
        ("Det er vanskelig å få ansatte med riktig kompetanse til å søke jobb på små steder",
            "Det er alltid ledige stillinger for sykepleiere og helsefagarbeidere, og få som søker."),
        ("Godt samarbeid mellom ulike fagmiljø i kommunen",
            "Når alle kjenner hverandre på et lite sted, styrker det kommunikasjonen; de månedlige legemøtene deler kunnskap muntlig."),
        ("Større kompleksitet og lite fagmiljø: man står alene i avgjørelsene",
            "Det må etableres en struktur for å overføre kompetanse fra spesialisthelsetjenesten til kommunene."),
        ("Alt samarbeid må ha pasientens beste som mål, ikke økonomisk gevinst",
            "Begrunnet i pasientsikkerhet, reisevei og belastning for pasienten kommer vi langt; begrunnet i økonomi mister vi de fleste i første runde."),
    ];

    /// <summary>Each voter's two dots, by the cards' places above, taken in turn.</summary>
    private static readonly (int, int)[] Dots =
        [(3, 9), (3, 0), (9, 5), (3, 9), (1, 3), (9, 2), (3, 8), (9, 4), (0, 3), (9, 6), (3, 4), (2, 9), (5, 7), (3, 9), (8, 0)];

    /// <summary>The group's two choices and what they should give the patients.</summary>
    private static readonly (int Card, string Value)[] Choices =
    [
        (3, "Pasientene får mer av oppfølgingen nær der de bor – hjemme eller i helserommet – og slipper lange, slitsomme reiser for korte konsultasjoner. Eldre kommer ikke lenger utslitt og forvirret hjem sent på kvelden."),
        (9, "Tjenestene begrunnes i pasientsikkerhet og det som er best for pasienten, ikke i innsparing. Da henger tilbudet sammen på tvers av sykehus og kommune, og pasienten får trygge overganger."),
    ];

    /// <summary>
    /// Runs the whole voting at the meeting (which must belong to the network and not have voted yet):
    /// the cards, two votes from each participant but <paramref name="actor"/>, who facilitates, and
    /// the two chosen cards. Throws when any step is refused.
    /// </summary>
    public static async Task<VotingView> LoadAsync(IGrainFactory grains, string networkId, string meetingId, Actor actor)
    {
        var meeting = await grains.GetGrain<IMeetingGrain>(meetingId).Get()
            ?? throw new InvalidOperationException($"Loading the demo voting failed: no meeting «{meetingId}».");
        if (meeting.NetworkId != networkId)
            throw new InvalidOperationException($"Loading the demo voting failed: meeting «{meetingId}» is not in network «{networkId}».");
        var voting = grains.GetGrain<IMeetingVotingGrain>(meetingId);

        var cards = new List<string>();
        foreach (var (title, description) in Insights)
        {
            var view = DemoSteps.Ok(await voting.ProposeCard(new InsightCardInput(meetingId, title, description), actor), $"propose the card «{title}»");
            cards.Add(view.Cards[^1].Id);
        }

        DemoSteps.Ok(await voting.Open(new OpenVotingInput(meetingId, null, null, null), actor), "open the voting");
        var voters = await VotersAsync(grains, meeting, actor);
        for (var i = 0; i < voters.Count; i++)
        {
            var (first, second) = Dots[i % Dots.Length];
            DemoSteps.Ok(await voting.CastVote(cards[first], voters[i]), $"vote as {voters[i].Name}");
            DemoSteps.Ok(await voting.CastVote(cards[second], voters[i]), $"vote as {voters[i].Name}");
        }
        DemoSteps.Ok(await voting.Close(actor), "close the voting");

        VotingView result = null!;
        foreach (var (card, value) in Choices)
            result = DemoSteps.Ok(await voting.ChooseCard(new ChooseCardInput(meetingId, cards[card], true, value), actor), "choose a card");
        return result;
    }

    /// <summary>Everyone taking part in the meeting today, in a fixed order (by name), but the facilitator running it.</summary>
    private static async Task<List<Actor>> VotersAsync(IGrainFactory grains, MeetingView meeting, Actor facilitator)
    {
        var network = await grains.GetGrain<INetworkGrain>(meeting.NetworkId).Get()
            ?? throw new InvalidOperationException($"Loading the demo voting failed: no network «{meeting.NetworkId}».");
        var services = (await Task.WhenAll(meeting.InvitedServiceIds.Select(id => grains.GetGrain<IServiceGrain>(id).Get()))).OfType<ServiceView>().ToList();
        var today = Clock.Today(TimeProvider.System);
        var candidates = network.Members.Select(m => m.PersonId)
            .Concat(services.SelectMany(s => s.Members.Select(m => m.PersonId)))
            .Where(id => id != facilitator.PersonId && VotingRules.IsParticipant(id, network, services, today))
            .Distinct();
        var people = await Task.WhenAll(candidates.Select(id => grains.GetGrain<IPersonGrain>(id).Get()));
        return people.OfType<PersonView>().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new Actor(p.Id, p.Name)).ToList();
    }
}
