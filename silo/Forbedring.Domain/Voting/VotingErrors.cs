using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Voting;

namespace Forbedring.Domain.Voting;

/// <summary>The refusals of the dot voting, with a stable code and the text in bokmål and English.</summary>
public static class VotingErrors
{
    public static UserError NotOpenYet(string field) =>
        new("VOTING_NOT_OPEN", field, "Avstemningen er ikke åpnet ennå. Fasilitatoren åpner den.", "The voting has not opened yet. The facilitator opens it.");

    public static UserError Closed(string field) =>
        new("VOTING_CLOSED", field, "Avstemningen er avsluttet.", "The voting has closed.");

    public static UserError NotClosedYet(string field) =>
        new("VOTING_NOT_CLOSED", field,
            "Kortene velges når avstemningen er avsluttet. Lukk avstemningen først.",
            "Cards are chosen once the voting has closed. Close the voting first.");

    public static UserError AlreadyOpen(string field, VotingSettings settings) =>
        new("VOTING_ALREADY_OPEN", field,
            $"Avstemningen er allerede åpen med {settings.VotesPerPerson} stemmer per person; innstillingene kan ikke endres mens den pågår.",
            $"The voting is already open with {settings.VotesPerPerson} votes per person; its settings cannot change while it runs.");

    public static UserError NoVotesLeft(string field, int allowance) =>
        new("NO_VOTES_LEFT", field,
            $"Du har brukt alle dine {allowance} stemmer. Trekk tilbake en stemme for å flytte den.",
            $"You have used all your {allowance} votes. Withdraw one to move it.");

    public static UserError CardLimit(string field, int max) =>
        new("CARD_LIMIT", field,
            max == 1 ? "Du kan gi hvert kort bare én stemme i denne avstemningen." : $"Du kan gi hvert kort høyst {max} stemmer i denne avstemningen.",
            max == 1 ? "You may give each card only one vote in this voting." : $"You may give each card at most {max} votes in this voting.");

    public static UserError NoVoteToWithdraw(string field) =>
        new("NO_VOTE_TO_WITHDRAW", field, "Du har ingen stemme på dette kortet å trekke tilbake.", "You have no vote on this card to withdraw.");

    public static UserError NotAParticipant(string field) =>
        new("NOT_A_PARTICIPANT", field,
            "Bare deltakere på samlingen kan gjøre dette: medlemmer av nettverket og av de inviterte tjenestene.",
            "Only the meeting's participants may do this: members of the network and of the invited services.");

    public static UserError OnlyFacilitatorAfterVoting(string field) =>
        new("VOTING_CLOSED", field,
            "Avstemningen er avsluttet; nå kan bare fasilitatoren legge til et nytt kort for gruppen.",
            "The voting has closed; now only the facilitator may add a new card for the group.");
}
