using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Voting;

/// <summary>The dot voting of seeds/004 through the real endpoint: cards, two votes each, hidden counts, the group's two choices.</summary>
public sealed class VotingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_workshop_proposes_cards_votes_with_two_dots_each_and_chooses_two_with_their_value_for_patients()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var (_, ola) = await scene.StaffAsync("Ola Nordmann");
        var (_, reader) = await scene.MemberAsync("Rita Leser", "READER");
        var travel = await scene.CardAsync(kari, "Lange og upraktiske reiser til helsehjelp", "Lange reiser er svært belastende, særlig for eldre pasienter.");
        var overview = await scene.CardAsync(ola, "Sykehuset mangler oversikt over tjenestetilbudet i kommunen");
        var patient = await scene.CardAsync(scene.Admin, "Pasientens beste, ikke økonomisk gevinst");

        var opened = await scene.OpenAsync();
        Assert.Equal(("OPEN", 2, 1), (opened.GetProperty("state").GetString(), opened.GetProperty("votesPerPerson").GetInt32(), opened.GetProperty("maxVotesPerCard").GetInt32()));

        await scene.VoteAsync(kari, travel);
        var kariAfterTwo = await scene.VoteAsync(kari, patient);
        await scene.VoteAsync(ola, travel);
        await scene.VoteAsync(ola, overview);
        var readerVoted = await scene.VoteAsync(reader, travel);

        // While the voting is open: no counts per card, only the total and each voter's own votes.
        Assert.Equal(0, kariAfterTwo.GetProperty("votesLeft").GetInt32());
        Assert.False(kariAfterTwo.GetProperty("resultsVisible").GetBoolean());
        Assert.Null(VotingScene.Votes(readerVoted, travel));
        Assert.Equal((5, 3, 1), (readerVoted.GetProperty("votesCast").GetInt32(), readerVoted.GetProperty("voters").GetInt32(), readerVoted.GetProperty("votesLeft").GetInt32()));
        Assert.Equal(1, Card(kariAfterTwo, travel).GetProperty("myVotes").GetInt32());

        var closed = await scene.CloseAsync();
        Assert.Equal("CLOSED", closed.GetProperty("state").GetString());
        Assert.Equal([3, 1, 1], new[] { travel, overview, patient }.Select(c => VotingScene.Votes(closed, c)));
        // Everyone sees the counts now, but still only their own votes as theirs.
        var seenByOla = await scene.VotingAsync(ola);
        Assert.Equal(3, VotingScene.Votes(seenByOla, travel));
        Assert.Equal(0, Card(seenByOla, patient).GetProperty("myVotes").GetInt32());

        await Choose(scene, travel, "Færre og kortere reiser: konsultasjoner som kan tas lokalt, tas i helserommet.");
        var chosen = await Choose(scene, patient, "Tjenestene begrunnes i pasientsikkerhet og det beste for pasienten.");

        Assert.Equal([travel, patient], chosen.GetProperty("cards").EnumerateArray().Where(c => c.GetProperty("chosen").GetBoolean()).Select(c => c.Id()));
        Assert.StartsWith("Færre og kortere reiser", Card(chosen, travel).GetProperty("valueForPatients").GetString());
    }

    [Fact]
    public async Task Ten_votes_sent_at_once_by_one_person_with_two_to_give_count_exactly_two()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var cards = new List<string>();
        for (var i = 0; i < 10; i++)
            cards.Add(await scene.CardAsync(scene.Admin, $"Innsikt {i + 1}"));
        await scene.OpenAsync(new { votesPerPerson = 2, maxVotesPerCard = 2 });

        var answers = await Task.WhenAll(cards.Select(card => kari.PostAsync(
            "mutation($input: VoteInput!) { castVote(input: $input) { voting { votesLeft } errors { code messageNb messageEn } } }",
            new { input = new { meetingId = scene.Meeting, cardId = card } })));

        var payloads = answers.Select(a => a.Body.Data().GetProperty("castVote")).ToList();
        Assert.Equal(2, payloads.Count(p => p.GetProperty("errors").GetArrayLength() == 0));
        var refusals = payloads.SelectMany(p => p.GetProperty("errors").EnumerateArray()).ToList();
        Assert.Equal(8, refusals.Count);
        Assert.All(refusals, e => Assert.Equal("NO_VOTES_LEFT", e.GetProperty("code").GetString()));
        Assert.Contains("2 stemmer", refusals[0].GetProperty("messageNb").GetString());
        Assert.Contains("2 votes", refusals[0].GetProperty("messageEn").GetString());

        var voting = await scene.VotingAsync(kari);
        Assert.Equal((2, 0), (voting.GetProperty("votesCast").GetInt32(), voting.GetProperty("votesLeft").GetInt32()));
        Assert.Equal(2, voting.GetProperty("cards").EnumerateArray().Sum(c => c.GetProperty("myVotes").GetInt32()));
        Assert.Equal(2, await VoteRowsAsync(scene.Meeting));
    }

    [Fact]
    public async Task Votes_sent_at_once_by_many_people_are_all_counted()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var card = await scene.CardAsync(scene.Admin, "God struktur for utskrivningsklare pasienter");
        var people = new List<HttpClient>();
        for (var i = 0; i < 8; i++)
            people.Add((await scene.StaffAsync($"Ansatt {i + 1}")).Client);
        await scene.OpenAsync(new { resultsWhileOpen = true });

        await Task.WhenAll(people.Select(who => scene.VoteAsync(who, card)));

        var voting = await scene.VotingAsync(scene.Admin);
        Assert.Equal(8, VotingScene.Votes(voting, card));
        Assert.Equal(8, voting.GetProperty("voters").GetInt32());
    }

    [Fact]
    public async Task A_vote_is_withdrawn_and_given_to_another_card_while_the_voting_is_open()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var first = await scene.CardAsync(kari, "Vanskelig å rekruttere til små steder");
        var second = await scene.CardAsync(kari, "Godt samarbeid mellom fagmiljø i kommunen");
        await scene.OpenAsync(new { votesPerPerson = 1, resultsWhileOpen = true });
        await scene.VoteAsync(kari, first);

        var withdrawn = await kari.MutateOkAsync("withdrawVote", "voting", "VoteInput", new { meetingId = scene.Meeting, cardId = first }, VotingScene.Selection);
        var moved = await scene.VoteAsync(kari, second);

        Assert.Equal(1, withdrawn.GetProperty("votesLeft").GetInt32());
        Assert.Equal((0, 1), (VotingScene.Votes(moved, first), VotingScene.Votes(moved, second)));
        Assert.Equal(0, moved.GetProperty("votesLeft").GetInt32());
    }

    [Fact]
    public async Task After_the_voting_only_the_facilitator_adds_the_groups_new_card()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        await scene.CardAsync(kari, "Behov for systematisk jobbing mot færre innleggelser");
        await scene.OpenAsync();
        await scene.CloseAsync();

        var refused = await kari.MutateErrorsAsync("proposeInsightCard", "voting", "ProposeInsightCardInput", new { meetingId = scene.Meeting, title = "For sent" });
        var groupsCard = await scene.CardAsync(scene.Admin, "Ny: kompetanseoverføring fra sykehus til kommune");

        Assert.Equal(["VOTING_CLOSED"], refused.Codes());
        Assert.Equal(2, (await scene.VotingAsync(kari)).GetProperty("cards").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(groupsCard));
    }

    private static JsonElement Card(JsonElement voting, string cardId) =>
        voting.GetProperty("cards").EnumerateArray().Single(c => c.Id() == cardId);

    private static Task<JsonElement> Choose(VotingScene scene, string cardId, string value) =>
        scene.Admin.MutateOkAsync("chooseInsightCard", "voting", "ChooseInsightCardInput",
            new { meetingId = scene.Meeting, cardId, valueForPatients = value }, VotingScene.Selection);

    /// <summary>The vote rows really written, counted in the table itself.</summary>
    private async Task<int> VoteRowsAsync(string meetingId)
    {
        var table = new Azure.Data.Tables.TableClient(Environment.GetEnvironmentVariable(ApiFactory.StorageVariable), factory.TablePrefix + "MeetingVotes");
        var count = 0;
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == meetingId, select: ["RowKey"]))
            if (row.RowKey.StartsWith("vote|", StringComparison.Ordinal))
                count++;
        return count;
    }
}
