using Azure;
using Azure.Data.Tables;
using Forbedring.Abstractions.Common;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Voting;

/// <summary>
/// The insight cards and votes of every meeting in the table <c>&lt;prefix&gt;MeetingVotes</c>, one
/// partition per meeting (PartitionKey = the meeting id):
/// <list type="bullet">
/// <item>a card: RowKey = <c>card|&lt;card id&gt;</c>;</item>
/// <item>a vote: RowKey = <c>vote|&lt;person id&gt;|&lt;slot&gt;</c>, slot 00 up to the person's allowance.</item>
/// </list>
/// A vote is only ever inserted into a free slot, so even two writers that both believed a slot
/// free cannot give a person more votes than the allowance: the second insert is refused (409).
/// </summary>
public sealed class VoteStore(TableRowStore rows)
{
    private const string Purpose = "MeetingVotes";
    private const string CardPrefix = "card|";
    private const string VotePrefix = "vote|";

    public async Task<VotingRows> LoadAsync(string meetingId)
    {
        var table = await rows.Table(Purpose);
        var loaded = new VotingRows();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Encode(meetingId)))
        {
            if (row.RowKey.StartsWith(CardPrefix, StringComparison.Ordinal))
                loaded.Put(ReadCard(row));
            else if (row.RowKey.StartsWith(VotePrefix, StringComparison.Ordinal))
                loaded.Add(ReadVote(row));
        }
        return loaded;
    }

    public async Task<StoredCard> AddCardAsync(string meetingId, StoredCard card)
    {
        var table = await rows.Table(Purpose);
        var response = await table.AddEntityAsync(CardEntity(meetingId, card));
        return card with { ETag = response.Headers.ETag ?? default };
    }

    /// <summary>Replaces the card's row, checked against the ETag it was read with.</summary>
    public async Task<StoredCard> ReplaceCardAsync(string meetingId, StoredCard card)
    {
        var table = await rows.Table(Purpose);
        var response = await table.UpdateEntityAsync(CardEntity(meetingId, card), card.ETag, TableUpdateMode.Replace);
        return card with { ETag = response.Headers.ETag ?? default };
    }

    /// <summary>Inserts the vote into its slot; a taken slot is a <see cref="RequestFailedException"/> with status 409.</summary>
    public async Task<StoredVote> AddVoteAsync(string meetingId, StoredVote vote)
    {
        var table = await rows.Table(Purpose);
        var entity = new TableEntity(TableKeys.Encode(meetingId), VoteKey(vote.PersonId, vote.Slot))
        {
            ["PersonId"] = vote.PersonId,
            ["Slot"] = vote.Slot,
            ["CardId"] = vote.CardId,
        };
        WriteStamp(entity, "Cast", vote.Cast);
        var response = await table.AddEntityAsync(entity);
        return vote with { ETag = response.Headers.ETag ?? default };
    }

    public async Task RemoveVoteAsync(string meetingId, StoredVote vote)
    {
        var table = await rows.Table(Purpose);
        await table.DeleteEntityAsync(TableKeys.Encode(meetingId), VoteKey(vote.PersonId, vote.Slot), vote.ETag);
    }

    private static string VoteKey(string personId, int slot) => $"{VotePrefix}{TableKeys.Encode(personId)}|{slot:D2}";

    private static TableEntity CardEntity(string meetingId, StoredCard card)
    {
        var entity = new TableEntity(TableKeys.Encode(meetingId), CardPrefix + TableKeys.Encode(card.Id))
        {
            ["CardId"] = card.Id,
            ["Title"] = card.Title,
            ["Description"] = card.Description,
            ["Chosen"] = card.Chosen,
            ["ValueForPatients"] = card.ValueForPatients,
        };
        WriteStamp(entity, "Proposed", card.Proposed);
        if (card.ChosenBy is { } chosen)
            WriteStamp(entity, "Chosen", chosen);
        return entity;
    }

    private static StoredCard ReadCard(TableEntity row) => new(
        row.GetString("CardId") ?? "",
        row.GetString("Title") ?? "",
        row.GetString("Description"),
        ReadStamp(row, "Proposed")!,
        row.GetBoolean("Chosen") ?? false,
        row.GetString("ValueForPatients"),
        ReadStamp(row, "Chosen"),
        row.ETag);

    private static StoredVote ReadVote(TableEntity row) => new(
        row.GetString("PersonId") ?? "",
        row.GetInt32("Slot") ?? 0,
        row.GetString("CardId") ?? "",
        ReadStamp(row, "Cast")!,
        row.ETag);

    private static void WriteStamp(TableEntity entity, string prefix, Stamp stamp)
    {
        entity[prefix + "At"] = stamp.At;
        entity[prefix + "By"] = stamp.PersonId;
        entity[prefix + "ByName"] = stamp.Name;
    }

    private static Stamp? ReadStamp(TableEntity row, string prefix) =>
        row.GetDateTimeOffset(prefix + "At") is { } at ? new Stamp(at, row.GetString(prefix + "By") ?? "", row.GetString(prefix + "ByName") ?? "") : null;
}

/// <summary>A card as stored, with the ETag its next write is checked against.</summary>
public sealed record StoredCard(string Id, string Title, string? Description, Stamp Proposed, bool Chosen, string? ValueForPatients, Stamp? ChosenBy, ETag ETag);

/// <summary>One vote in one of the person's slots.</summary>
public sealed record StoredVote(string PersonId, int Slot, string CardId, Stamp Cast, ETag ETag);
