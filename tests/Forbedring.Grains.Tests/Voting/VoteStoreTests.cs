using Azure;
using Forbedring.Abstractions.Common;
using Forbedring.Grains.Storage;
using Forbedring.Grains.Tests.Infrastructure;
using Forbedring.Grains.Voting;

namespace Forbedring.Grains.Tests.Voting;

/// <summary>The vote rows against Azurite: a slot holds one vote, so storage itself caps a person's votes.</summary>
public sealed class VoteStoreTests
{
    private readonly VoteStore store = new(new TableRowStore(TestStorage.Client(), new TableStorageOptions { TablePrefix = TestStorage.UniquePrefix("Votes") }));
    private static readonly Stamp Now = new(DateTimeOffset.UtcNow, "person_kari", "Kari Nordmann");

    [Fact]
    public async Task Two_writers_that_both_take_the_same_slot_get_one_vote_between_them()
    {
        var first = new StoredVote("person_kari", 0, "card_a", Now, default);
        var second = first with { CardId = "card_b" };

        var results = await Task.WhenAll(Attempt(first), Attempt(second));

        Assert.Equal(1, results.Count(ok => ok));
        var loaded = await store.LoadAsync("meeting_slots");
        Assert.Single(loaded.VotesOf("person_kari"));
        Assert.Equal(1, loaded.VotesCast);
    }

    [Fact]
    public async Task Cards_and_votes_read_back_with_their_counts_and_a_withdrawn_vote_frees_its_slot()
    {
        var card = await store.AddCardAsync("meeting_rows", new StoredCard("card_a", "Lange reiser", "Særlig for eldre", Now, false, null, null, default));
        var vote = await store.AddVoteAsync("meeting_rows", new StoredVote("person_kari", 0, "card_a", Now, default));
        await store.AddVoteAsync("meeting_rows", new StoredVote("person_kari", 1, "card_a", Now, default));
        await store.ReplaceCardAsync("meeting_rows", card with { Chosen = true, ValueForPatients = "Kortere reisevei", ChosenBy = Now });
        await store.RemoveVoteAsync("meeting_rows", vote);

        var loaded = await store.LoadAsync("meeting_rows");

        var read = Assert.Single(loaded.Cards);
        Assert.Equal(("Lange reiser", "Særlig for eldre", true, "Kortere reisevei"), (read.Title, read.Description, read.Chosen, read.ValueForPatients));
        Assert.Equal(Now, read.Proposed);
        Assert.Equal(1, loaded.CountOn("card_a"));
        Assert.Equal(0, loaded.FreeSlot("person_kari"));
    }

    private async Task<bool> Attempt(StoredVote vote)
    {
        try
        {
            await store.AddVoteAsync("meeting_slots", vote);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
