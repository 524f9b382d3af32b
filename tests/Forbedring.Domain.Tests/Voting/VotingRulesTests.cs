using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Voting;
using Forbedring.Domain.Voting;

namespace Forbedring.Domain.Tests.Voting;

public sealed class VotingRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 12);
    private static readonly Stamp Made = new(DateTimeOffset.UnixEpoch, "p", "P");
    private static readonly VotingSettings TwoEach = VotingSettings.Default;

    [Fact]
    public void A_round_opens_with_two_votes_each_one_per_card_and_hidden_counts_unless_told_otherwise()
    {
        var (settings, check) = VotingRules.Settings(new OpenVotingInput("m", null, null, null));

        Assert.False(check.Failed);
        Assert.Equal(new VotingSettings(2, 1, false), settings);
        Assert.Equal(new VotingSettings(5, 3, true), VotingRules.Settings(new OpenVotingInput("m", 5, 3, true)).Settings);
    }

    [Theory]
    [InlineData(0, null, "votesPerPerson")]
    [InlineData(21, null, "votesPerPerson")]
    [InlineData(2, 3, "maxVotesPerCard")]
    [InlineData(2, 0, "maxVotesPerCard")]
    public void Settings_outside_their_range_are_refused(int perPerson, int? perCard, string field)
    {
        var (settings, check) = VotingRules.Settings(new OpenVotingInput("m", perPerson, perCard, null));

        Assert.Null(settings);
        Assert.Equal([("OUT_OF_RANGE", field)], check.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void A_vote_needs_an_open_round_a_vote_left_and_room_on_the_card()
    {
        Assert.Equal("VOTING_NOT_OPEN", VotingRules.CanVote(VotingState.NotOpen, TwoEach, 0, 0)?.Code);
        Assert.Equal("VOTING_CLOSED", VotingRules.CanVote(VotingState.Closed, TwoEach, 0, 0)?.Code);
        Assert.Null(VotingRules.CanVote(VotingState.Open, TwoEach, 1, 0));
        Assert.Equal("NO_VOTES_LEFT", VotingRules.CanVote(VotingState.Open, TwoEach, 2, 0)?.Code);
        Assert.Equal("CARD_LIMIT", VotingRules.CanVote(VotingState.Open, TwoEach, 1, 1)?.Code);
        Assert.Null(VotingRules.CanVote(VotingState.Open, new VotingSettings(3, 2, false), 1, 1));
    }

    [Fact]
    public void The_refusals_say_what_to_do_in_both_languages()
    {
        var error = VotingRules.CanVote(VotingState.Open, TwoEach, 2, 0)!;

        Assert.Equal("cardId", error.Field);
        Assert.Contains("2 stemmer", error.MessageNb);
        Assert.Contains("2 votes", error.MessageEn);
    }

    [Fact]
    public void A_vote_is_withdrawn_only_while_the_round_is_open_and_only_where_there_is_one()
    {
        Assert.Null(VotingRules.CanWithdraw(VotingState.Open, 1));
        Assert.Equal("NO_VOTE_TO_WITHDRAW", VotingRules.CanWithdraw(VotingState.Open, 0)?.Code);
        Assert.Equal("VOTING_CLOSED", VotingRules.CanWithdraw(VotingState.Closed, 1)?.Code);
    }

    [Fact]
    public void Counts_are_hidden_while_voting_unless_the_round_shows_them_and_always_shown_after()
    {
        Assert.False(VotingRules.ResultsVisible(VotingState.NotOpen, TwoEach));
        Assert.False(VotingRules.ResultsVisible(VotingState.Open, TwoEach));
        Assert.True(VotingRules.ResultsVisible(VotingState.Open, TwoEach with { ResultsWhileOpen = true }));
        Assert.True(VotingRules.ResultsVisible(VotingState.Closed, TwoEach));
    }

    [Fact]
    public void Cards_are_proposed_until_the_voting_closes_after_that_only_by_the_facilitator()
    {
        Assert.Null(VotingRules.CanPropose(VotingState.NotOpen, false, 0));
        Assert.Null(VotingRules.CanPropose(VotingState.Open, false, 10));
        Assert.Equal("VOTING_CLOSED", VotingRules.CanPropose(VotingState.Closed, false, 10)?.Code);
        Assert.Null(VotingRules.CanPropose(VotingState.Closed, true, 10));
        Assert.Equal("TOO_MANY", VotingRules.CanPropose(VotingState.Open, true, VotingRules.MaxCards)?.Code);
    }

    [Fact]
    public void An_open_round_keeps_its_settings_and_a_closed_one_stays_closed()
    {
        Assert.Null(VotingRules.CanOpen(VotingState.NotOpen, TwoEach, new VotingSettings(3, 1, false)));
        Assert.Null(VotingRules.CanOpen(VotingState.Open, TwoEach, TwoEach));
        Assert.Equal("VOTING_ALREADY_OPEN", VotingRules.CanOpen(VotingState.Open, TwoEach, new VotingSettings(3, 1, false))?.Code);
        Assert.Equal("VOTING_CLOSED", VotingRules.CanOpen(VotingState.Closed, TwoEach, TwoEach)?.Code);
        Assert.Equal("VOTING_NOT_CLOSED", VotingRules.CanChoose(VotingState.Open)?.Code);
        Assert.Null(VotingRules.CanChoose(VotingState.Closed));
    }

    [Fact]
    public void Votes_left_are_the_allowance_before_the_round_what_is_unused_during_it_and_none_after()
    {
        Assert.Equal(2, VotingRules.VotesLeft(VotingState.NotOpen, TwoEach, 0));
        Assert.Equal(1, VotingRules.VotesLeft(VotingState.Open, TwoEach, 1));
        Assert.Equal(0, VotingRules.VotesLeft(VotingState.Closed, TwoEach, 1));
    }

    [Fact]
    public void Card_texts_are_required_limited_and_free_of_national_identity_numbers()
    {
        var errors = VotingRules.Validate(new InsightCardInput("m", " ", new string('x', VotingRules.DescriptionMax + 1))).Errors;
        Assert.Equal([("REQUIRED", "title"), ("TOO_LONG", "description")], errors.Select(e => (e.Code, e.Field)));

        var identifiable = VotingRules.Validate(new ChooseCardInput("m", "card_1", true, "Gjelder pasient 15067543278 spesielt")).Errors;
        Assert.Equal([("PATIENT_IDENTIFIABLE", "valueForPatients")], identifiable.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void Participants_are_the_networks_members_and_the_members_of_the_invited_services_whose_membership_has_not_ended()
    {
        var network = new NetworkView("network_n", "N", null, null, null, null, [], [], [
            new NetworkMembership("reader", NetworkRole.Reader, Today.AddYears(-1), null),
            new NetworkMembership("facilitator", NetworkRole.Facilitator, Today.AddYears(-1), null),
            new NetworkMembership("gone", NetworkRole.Participant, Today.AddYears(-1), Today.AddDays(-1)),
        ], [], false, 6, 1, Made);
        var invited = new ServiceView("service_s", "S", null, null, [new ServiceMembership("staff", ServiceRole.Staff, Today.AddYears(-1), null)], ["network_n"], [], 1);

        Assert.True(VotingRules.IsParticipant("reader", network, [invited], Today));
        Assert.True(VotingRules.IsParticipant("staff", network, [invited], Today));
        Assert.False(VotingRules.IsParticipant("staff", network, [], Today));
        Assert.False(VotingRules.IsParticipant("gone", network, [invited], Today));
        Assert.True(VotingRules.Facilitates("facilitator", network, Today));
        Assert.False(VotingRules.Facilitates("reader", network, Today));
    }
}
