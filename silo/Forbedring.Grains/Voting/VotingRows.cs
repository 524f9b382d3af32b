namespace Forbedring.Grains.Voting;

/// <summary>
/// A meeting's cards and votes as a voting grain holds them in memory, with the counts it answers
/// from: read from the rows once per activation, and changed only after a row is written.
/// </summary>
public sealed class VotingRows
{
    private readonly Dictionary<string, StoredCard> cards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredVote>> votesByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> votesOnCard = new(StringComparer.Ordinal);

    /// <summary>In the order they were proposed.</summary>
    public IEnumerable<StoredCard> Cards => cards.Values.OrderBy(c => c.Proposed.At).ThenBy(c => c.Id, StringComparer.Ordinal);

    public int CardCount => cards.Count;
    public int VotesCast => votesOnCard.Values.Sum();
    public int Voters => votesByPerson.Count(p => p.Value.Count > 0);

    public StoredCard? Card(string id) => cards.GetValueOrDefault(id);

    public IReadOnlyList<StoredVote> VotesOf(string? personId) =>
        personId is not null && votesByPerson.TryGetValue(personId, out var votes) ? votes : [];

    public int CountOn(string cardId) => votesOnCard.GetValueOrDefault(cardId);

    /// <summary>The lowest slot the person has not used.</summary>
    public int FreeSlot(string personId)
    {
        var used = VotesOf(personId).Select(v => v.Slot).ToHashSet();
        var slot = 0;
        while (used.Contains(slot))
            slot++;
        return slot;
    }

    public void Put(StoredCard card) => cards[card.Id] = card;

    public void Add(StoredVote vote)
    {
        if (!votesByPerson.TryGetValue(vote.PersonId, out var votes))
            votesByPerson[vote.PersonId] = votes = [];
        votes.Add(vote);
        votesOnCard[vote.CardId] = CountOn(vote.CardId) + 1;
    }

    public void Remove(StoredVote vote)
    {
        if (votesByPerson.TryGetValue(vote.PersonId, out var votes) && votes.Remove(vote))
            votesOnCard[vote.CardId] = CountOn(vote.CardId) - 1;
    }
}
