using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Voting;

/// <summary>
/// Every voting mutation refuses bad input with typed errors (field, code, bokmål and English) and
/// writes nothing: empty and over-long texts, national identity numbers, unknown ids, the wrong
/// moment, votes beyond the allowance, and people who do not take part.
/// </summary>
public sealed class VotingBadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Fnr = "15067543278";

    [Fact]
    public async Task Card_texts_that_are_empty_too_long_or_identify_a_patient_are_refused_and_no_card_is_made()
    {
        var scene = await VotingScene.CreateAsync(factory);

        var empty = await Propose(scene, scene.Admin, new { title = "  " });
        var tooLong = await Propose(scene, scene.Admin, new { title = new string('x', 201), description = new string('y', 2001) });
        var patient = await Propose(scene, scene.Admin, new { title = "Pasient", description = $"Gjelder {Fnr}" });

        Assert.Equal([("REQUIRED", "title")], Pairs(empty));
        Assert.Equal([("TOO_LONG", "title"), ("TOO_LONG", "description")], Pairs(tooLong));
        Assert.Equal([("PATIENT_IDENTIFIABLE", "description")], Pairs(patient));
        Assert.DoesNotContain(Fnr, patient.ToString());
        AssertBilingual(empty, tooLong, patient);
        Assert.Equal(0, (await scene.VotingAsync(scene.Admin)).GetProperty("cards").GetArrayLength());
    }

    [Fact]
    public async Task Settings_outside_their_range_are_refused_and_the_voting_stays_unopened()
    {
        var scene = await VotingScene.CreateAsync(factory);

        var none = await Open(scene, new { votesPerPerson = 0 });
        var many = await Open(scene, new { votesPerPerson = 21 });
        var perCard = await Open(scene, new { votesPerPerson = 2, maxVotesPerCard = 3 });

        Assert.Equal([("OUT_OF_RANGE", "votesPerPerson")], Pairs(none));
        Assert.Equal([("OUT_OF_RANGE", "votesPerPerson")], Pairs(many));
        Assert.Equal([("OUT_OF_RANGE", "maxVotesPerCard")], Pairs(perCard));
        AssertBilingual(none, many, perCard);
        Assert.Equal("NOT_OPEN", (await scene.VotingAsync(scene.Admin)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Each_change_at_the_wrong_moment_is_refused_and_changes_nothing()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var card = await scene.CardAsync(kari, "Lange reiser");

        // Before the voting opens.
        Assert.Equal([("VOTING_NOT_OPEN", "meetingId")], Pairs(await Vote(scene, kari, card)));
        Assert.Equal([("VOTING_NOT_OPEN", "meetingId")], Pairs(await kari.MutateErrorsAsync("withdrawVote", "voting", "VoteInput", new { meetingId = scene.Meeting, cardId = card })));
        Assert.Equal([("VOTING_NOT_OPEN", "meetingId")], Pairs(await scene.Admin.MutateErrorsAsync("closeVoting", "voting", "CloseVotingInput", new { meetingId = scene.Meeting })));
        Assert.Equal([("VOTING_NOT_CLOSED", "meetingId")], Pairs(await Choose(scene, card, "Verdi")));

        // While it is open: its settings hold, and nothing is chosen yet.
        await scene.OpenAsync();
        Assert.Equal([("VOTING_ALREADY_OPEN", "meetingId")], Pairs(await Open(scene, new { votesPerPerson = 3 })));
        Assert.Equal([("VOTING_NOT_CLOSED", "meetingId")], Pairs(await Choose(scene, card, "Verdi")));
        Assert.Equal([("NO_VOTE_TO_WITHDRAW", "cardId")], Pairs(await kari.MutateErrorsAsync("withdrawVote", "voting", "VoteInput", new { meetingId = scene.Meeting, cardId = card })));

        // After it has closed.
        await scene.CloseAsync();
        Assert.Equal([("VOTING_CLOSED", "meetingId")], Pairs(await Vote(scene, kari, card)));
        Assert.Equal([("VOTING_CLOSED", "meetingId")], Pairs(await Open(scene, null)));

        var voting = await scene.VotingAsync(kari);
        Assert.Equal(("CLOSED", 2, 0), (voting.GetProperty("state").GetString(), voting.GetProperty("votesPerPerson").GetInt32(), voting.GetProperty("votesCast").GetInt32()));
        Assert.False(voting.GetProperty("cards")[0].GetProperty("chosen").GetBoolean());
    }

    [Fact]
    public async Task A_vote_beyond_the_allowance_or_the_cards_limit_is_refused_and_counted_nowhere()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var first = await scene.CardAsync(kari, "Første innsikt");
        var second = await scene.CardAsync(kari, "Andre innsikt");
        var third = await scene.CardAsync(kari, "Tredje innsikt");
        await scene.OpenAsync(new { resultsWhileOpen = true });

        await scene.VoteAsync(kari, first);
        var twice = await Vote(scene, kari, first);
        await scene.VoteAsync(kari, second);
        var third1 = await Vote(scene, kari, third);

        Assert.Equal([("CARD_LIMIT", "cardId")], Pairs(twice));
        Assert.Equal([("NO_VOTES_LEFT", "cardId")], Pairs(third1));
        AssertBilingual(twice, third1);
        var voting = await scene.VotingAsync(kari);
        Assert.Equal([1, 1, 0], new[] { first, second, third }.Select(c => VotingScene.Votes(voting, c)));
    }

    [Fact]
    public async Task Unknown_cards_and_meetings_are_not_found()
    {
        var scene = await VotingScene.CreateAsync(factory);
        await scene.CardAsync(scene.Admin, "En innsikt");
        await scene.OpenAsync();

        Assert.Equal([("NOT_FOUND", "cardId")], Pairs(await Vote(scene, scene.Admin, "card_finnesikke")));
        Assert.Equal([("NOT_FOUND", "cardId")], Pairs(await scene.Admin.MutateErrorsAsync("withdrawVote", "voting", "VoteInput", new { meetingId = scene.Meeting, cardId = "card_finnesikke" })));
        await scene.CloseAsync();
        Assert.Equal([("NOT_FOUND", "cardId")], Pairs(await Choose(scene, "card_finnesikke", "Verdi")));

        // The administrator passes the access rule for any id; the grain still knows no such meeting, and keeps no state for it.
        var unknown = new { meetingId = "meeting_finnesikke" };
        Assert.Equal([("NOT_FOUND", "meetingId")], Pairs(await scene.Admin.MutateErrorsAsync("openVoting", "voting", "OpenVotingInput", unknown)));
        Assert.Equal([("NOT_FOUND", "meetingId")], Pairs(await scene.Admin.MutateErrorsAsync("proposeInsightCard", "voting", "ProposeInsightCardInput", new { meetingId = "meeting_finnesikke", title = "Kort" })));
        var (_, body) = await scene.Admin.PostAsync("{ meetingVoting(meetingId: \"meeting_finnesikke\") { state } }");
        Assert.Equal(JsonValueKind.Null, body.Data().GetProperty("meetingVoting").ValueKind);
    }

    [Fact]
    public async Task Someone_who_reads_the_network_but_is_not_invited_may_neither_vote_nor_propose_and_outsiders_are_refused_before_anything_runs()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var card = await scene.CardAsync(scene.Admin, "En innsikt");
        var (_, notInvited) = await scene.StaffAsync("Ikke Invitert", scene.NotInvited);
        var outsiderId = (await scene.Admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Helt Utenfor" }, "id")).Id();
        var outsider = await factory.AsPersonAsync(outsiderId);
        await scene.OpenAsync(new { resultsWhileOpen = true });

        var vote = await Vote(scene, notInvited, card);
        var propose = await Propose(scene, notInvited, new { title = "Mitt kort" });
        var (_, outside) = await outsider.PostAsync("mutation($input: VoteInput!) { castVote(input: $input) { errors { code } } }",
            new { input = new { meetingId = scene.Meeting, cardId = card } });

        Assert.Equal([("NOT_A_PARTICIPANT", "meetingId")], Pairs(vote));
        Assert.Equal([("NOT_A_PARTICIPANT", "meetingId")], Pairs(propose));
        AssertBilingual(vote);
        Assert.Equal(["FORBIDDEN"], Authorization.RoleWorld.ErrorCodes(outside));
        var voting = await scene.VotingAsync(scene.Admin);
        Assert.Equal((0, 1), (VotingScene.Votes(voting, card), voting.GetProperty("cards").GetArrayLength()));
    }

    [Fact]
    public async Task A_value_for_patients_that_is_too_long_or_identifies_a_patient_is_refused_and_the_card_stays_unchosen()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var card = await scene.CardAsync(scene.Admin, "En innsikt");
        await scene.OpenAsync();
        await scene.CloseAsync();

        Assert.Equal([("TOO_LONG", "valueForPatients")], Pairs(await Choose(scene, card, new string('v', 2001))));
        Assert.Equal([("PATIENT_IDENTIFIABLE", "valueForPatients")], Pairs(await Choose(scene, card, $"Som for {Fnr}")));

        var voting = await scene.VotingAsync(scene.Admin);
        Assert.False(voting.GetProperty("cards")[0].GetProperty("chosen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, voting.GetProperty("cards")[0].GetProperty("valueForPatients").ValueKind);
    }

    private static Task<JsonElement> Propose(VotingScene scene, HttpClient who, object card) =>
        who.MutateErrorsAsync("proposeInsightCard", "voting", "ProposeInsightCardInput", scene.Input(card));

    private static Task<JsonElement> Open(VotingScene scene, object? settings) =>
        scene.Admin.MutateErrorsAsync("openVoting", "voting", "OpenVotingInput", scene.Input(settings));

    private static Task<JsonElement> Vote(VotingScene scene, HttpClient who, string cardId) =>
        who.MutateErrorsAsync("castVote", "voting", "VoteInput", new { meetingId = scene.Meeting, cardId });

    private static Task<JsonElement> Choose(VotingScene scene, string cardId, string value) =>
        scene.Admin.MutateErrorsAsync("chooseInsightCard", "voting", "ChooseInsightCardInput", new { meetingId = scene.Meeting, cardId, valueForPatients = value });

    private static IEnumerable<(string, string)> Pairs(JsonElement errors) =>
        errors.EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("field").GetString()!));

    private static void AssertBilingual(params JsonElement[] errorLists)
    {
        foreach (var error in errorLists.SelectMany(list => list.EnumerateArray()))
        {
            var nb = error.GetProperty("messageNb").GetString();
            var en = error.GetProperty("messageEn").GetString();
            Assert.False(string.IsNullOrWhiteSpace(nb));
            Assert.False(string.IsNullOrWhiteSpace(en));
            Assert.NotEqual(nb, en);
        }
    }
}
