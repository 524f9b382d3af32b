using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Voting;
using Forbedring.Domain.Access;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Voting;

/// <summary>
/// The rules of dot voting on insight cards (seeds/004: everyone puts two dots on the insights
/// that matter most, then the group picks two and says what they should give the patients).
/// </summary>
public static class VotingRules
{
    public const int MaxVotesPerPerson = 20;
    public const int MaxCards = 200;
    public const int TitleMax = Check.NameMax;
    public const int DescriptionMax = Check.ShortTextMax;
    public const int ValueForPatientsMax = Check.ShortTextMax;

    /// <summary>The settings the round opens with, or the errors in them.</summary>
    public static (VotingSettings? Settings, Check Check) Settings(OpenVotingInput input)
    {
        var check = new Check();
        var perPerson = input.VotesPerPerson ?? VotingSettings.Default.VotesPerPerson;
        var perCard = input.MaxVotesPerCard ?? Math.Min(VotingSettings.Default.MaxVotesPerCard, perPerson);
        if (perPerson is < 1 or > MaxVotesPerPerson)
            check.Add(Errors.OutOfRange("votesPerPerson", 1, MaxVotesPerPerson));
        else if (perCard < 1 || perCard > perPerson)
            check.Add(Errors.OutOfRange("maxVotesPerCard", 1, perPerson));
        return check.Failed
            ? (null, check)
            : (new VotingSettings(perPerson, perCard, input.ResultsWhileOpen ?? VotingSettings.Default.ResultsWhileOpen), check);
    }

    public static Check Validate(InsightCardInput input) => new Check()
        .Required("title", input.Title, TitleMax)
        .Optional("description", input.Description, DescriptionMax);

    public static Check Validate(ChooseCardInput input) => new Check()
        .Required("cardId", input.CardId)
        .Optional("valueForPatients", input.ValueForPatients, ValueForPatientsMax);

    /// <summary>Whether one more vote of this person on this card is allowed, and if not, why.</summary>
    public static UserError? CanVote(VotingState state, VotingSettings settings, int usedByPerson, int usedOnCard) => state switch
    {
        VotingState.NotOpen => VotingErrors.NotOpenYet("meetingId"),
        VotingState.Closed => VotingErrors.Closed("meetingId"),
        _ when usedByPerson >= settings.VotesPerPerson => VotingErrors.NoVotesLeft("cardId", settings.VotesPerPerson),
        _ when usedOnCard >= settings.MaxVotesPerCard => VotingErrors.CardLimit("cardId", settings.MaxVotesPerCard),
        _ => null,
    };

    public static UserError? CanWithdraw(VotingState state, int usedOnCard) => state switch
    {
        VotingState.NotOpen => VotingErrors.NotOpenYet("meetingId"),
        VotingState.Closed => VotingErrors.Closed("meetingId"),
        _ when usedOnCard == 0 => VotingErrors.NoVoteToWithdraw("cardId"),
        _ => null,
    };

    /// <summary>Participants propose cards until the voting closes; after that only the facilitator adds the group's new one.</summary>
    public static UserError? CanPropose(VotingState state, bool facilitates, int cards) =>
        state == VotingState.Closed && !facilitates ? VotingErrors.OnlyFacilitatorAfterVoting("meetingId")
        : cards >= MaxCards ? Errors.TooMany("cards", MaxCards)
        : null;

    public static UserError? CanChoose(VotingState state) =>
        state == VotingState.Closed ? null : VotingErrors.NotClosedYet("meetingId");

    /// <summary>An open round may not change its settings: the votes already cast were cast under them.</summary>
    public static UserError? CanOpen(VotingState state, VotingSettings current, VotingSettings wanted) => state switch
    {
        VotingState.Closed => VotingErrors.Closed("meetingId"),
        VotingState.Open when current != wanted => VotingErrors.AlreadyOpen("meetingId", current),
        _ => null,
    };

    /// <summary>Counts are hidden while people vote (so the first dots do not steer the rest), unless the round says otherwise.</summary>
    public static bool ResultsVisible(VotingState state, VotingSettings settings) =>
        state == VotingState.Closed || (state == VotingState.Open && settings.ResultsWhileOpen);

    public static int VotesLeft(VotingState state, VotingSettings settings, int usedByPerson) => state switch
    {
        VotingState.Open => Math.Max(0, settings.VotesPerPerson - usedByPerson),
        VotingState.NotOpen => settings.VotesPerPerson,
        _ => 0,
    };

    /// <summary>
    /// Who takes part in a meeting: a member of its network in any role, or a member of a service
    /// invited to it (only memberships that have not ended).
    /// </summary>
    public static bool IsParticipant(string personId, NetworkView network, IEnumerable<ServiceView> invitedServices, DateOnly today) =>
        AccessRules.InNetwork(personId, network, today)
        || invitedServices.Any(service => AccessRules.InService(personId, service, today));

    public static bool Facilitates(string personId, NetworkView network, DateOnly today) =>
        AccessRules.InNetwork(personId, network, today, NetworkRole.Facilitator);
}
