using Forbedring.Abstractions.Networks;
using Forbedring.Domain.Meetings;
using static Forbedring.Domain.Tests.Meetings.MeetingFacts;

namespace Forbedring.Domain.Tests.Meetings;

public sealed class InvitationsTests
{
    private static readonly DateOnly Day = new(2020, 2, 4);

    [Fact]
    public void Members_of_the_invited_services_on_the_meetings_day_are_invited_and_those_who_left_before_or_came_after_are_not()
    {
        var home = Service("home",
            Member("stays", new DateOnly(2019, 1, 1)),
            Member("left_before", new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 31)),
            Member("left_that_day", new DateOnly(2019, 1, 1), Day),
            Member("joins_later", new DateOnly(2020, 9, 1)));

        var invited = Invitations.Of(Day, Network(), [home]);

        Assert.Equal(["left_that_day", "stays"], invited.Select(i => i.PersonId).Order());
        Assert.All(invited, i => Assert.Equal(["home"], i.ServiceIds));
    }

    [Fact]
    public void Facilitators_and_participants_are_invited_readers_follow_without_being_expected()
    {
        var network = Network(
            new NetworkMembership("facilitator", NetworkRole.Facilitator, new DateOnly(2019, 11, 12), null),
            new NetworkMembership("gp", NetworkRole.Participant, new DateOnly(2019, 12, 3), new DateOnly(2020, 6, 30)),
            new NetworkMembership("reader", NetworkRole.Reader, new DateOnly(2019, 12, 3), null));

        var invited = Invitations.Of(Day, network, []);

        Assert.Equal(NetworkRole.Facilitator, invited.Single(i => i.PersonId == "facilitator").NetworkRole);
        Assert.Equal(NetworkRole.Participant, invited.Single(i => i.PersonId == "gp").NetworkRole);
        Assert.DoesNotContain(invited, i => i.PersonId == "reader");
        // The GP left in June: not invited to a meeting in September.
        Assert.DoesNotContain(Invitations.Of(new DateOnly(2020, 9, 8), network, []), i => i.PersonId == "gp");
    }

    [Fact]
    public void Someone_in_two_invited_services_is_invited_once_for_both()
    {
        var since = new DateOnly(2019, 1, 1);
        var invited = Invitations.Of(Day, Network(new NetworkMembership("both", NetworkRole.Participant, since, null)),
            [Service("a", Member("both", since)), Service("b", Member("both", since))]);

        var both = Assert.Single(invited);
        Assert.Equal(["a", "b"], both.ServiceIds);
        Assert.Equal(NetworkRole.Participant, both.NetworkRole);
    }
}
