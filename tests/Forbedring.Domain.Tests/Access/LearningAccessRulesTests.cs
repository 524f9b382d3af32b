using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Domain.Access;

namespace Forbedring.Domain.Tests.Access;

public sealed class LearningAccessRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly LastYear = Today.AddYears(-1);
    private static readonly Stamp Made = new(DateTimeOffset.UnixEpoch, "p", "P");

    private static NetworkView Network(DateOnly? serviceLeft, params NetworkMembership[] members) =>
        new("network_n", "N", null, null, null, null, [], [new NetworkServiceLink("service_s", LastYear, serviceLeft)], members, [], false, 6, 1, Made);

    private static ServiceView Service(params ServiceMembership[] members) => new("service_s", "S", null, null, members, ["network_n"], [], 1);

    private static Caller As(string person) => new(person, false);

    private static readonly NetworkMembership Facilitator = new("f", NetworkRole.Facilitator, LastYear, null);
    private static readonly NetworkMembership Reader = new("r", NetworkRole.Reader, LastYear, null);
    private static readonly ServiceMembership Staff = new("s", ServiceRole.Staff, LastYear, null);

    [Fact]
    public void Facilitators_and_the_services_members_add_learnings_readers_do_not()
    {
        var withService = new AccessFacts(Network: Network(null, Facilitator, Reader), Service: Service(Staff));
        var networkOnly = withService with { Service = null };

        Assert.True(AccessRules.Allows(As("f"), Permission.AddLearning, withService, Today));
        Assert.True(AccessRules.Allows(As("f"), Permission.AddLearning, networkOnly, Today));
        Assert.True(AccessRules.Allows(As("s"), Permission.AddLearning, withService, Today));
        Assert.False(AccessRules.Allows(As("s"), Permission.AddLearning, networkOnly, Today));
        Assert.False(AccessRules.Allows(As("r"), Permission.AddLearning, withService, Today));
    }

    [Fact]
    public void A_service_that_has_left_the_network_no_longer_adds_learnings_to_it()
    {
        var facts = new AccessFacts(Network: Network(Today.AddDays(-1), Facilitator), Service: Service(Staff));

        Assert.False(AccessRules.Allows(As("s"), Permission.AddLearning, facts, Today));
        Assert.True(AccessRules.Allows(As("f"), Permission.AddLearning, facts, Today));
    }

    [Fact]
    public void The_author_edits_while_they_read_the_network_and_facilitators_always()
    {
        var service = Service(Staff, new ServiceMembership("l", ServiceRole.Leader, LastYear, null));
        var network = Network(null, Facilitator, Reader);
        var bySomeStaff = new AccessFacts(Network: network, ServicesOfNetwork: [service], PersonId: "s");

        Assert.True(AccessRules.Allows(As("s"), Permission.EditLearning, bySomeStaff, Today));
        Assert.True(AccessRules.Allows(As("f"), Permission.EditLearning, bySomeStaff, Today));
        Assert.False(AccessRules.Allows(As("l"), Permission.EditLearning, bySomeStaff, Today));
        Assert.False(AccessRules.Allows(As("r"), Permission.EditLearning, bySomeStaff, Today));

        var afterLeaving = bySomeStaff with { ServicesOfNetwork = [Service(Staff with { Until = Today.AddDays(-1) })] };
        Assert.False(AccessRules.Allows(As("s"), Permission.EditLearning, afterLeaving, Today));
    }
}
