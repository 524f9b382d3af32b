using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Domain.Access;

namespace Forbedring.Domain.Tests.Access;

public sealed class AccessRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Stamp Made = new(DateTimeOffset.UnixEpoch, "p", "P");

    private static NetworkView Network(params NetworkMembership[] members) =>
        new("network_n", "N", null, null, null, null, [], [new NetworkServiceLink("service_s", Today.AddYears(-1), null)], members, [], false, 6, 1, Made);

    private static ServiceView Service(params ServiceMembership[] members) =>
        new("service_s", "S", null, null, members, ["network_n"], [], 1);

    private static Caller As(string person) => new(person, false);

    [Fact]
    public void A_signed_out_caller_may_only_do_what_anyone_may()
    {
        Assert.True(AccessRules.Allows(Caller.SignedOut, Permission.Anyone, AccessFacts.None, Today));
        Assert.False(AccessRules.Allows(Caller.SignedOut, Permission.SignedIn, AccessFacts.None, Today));
    }

    [Fact]
    public void An_administrator_may_do_everything()
    {
        foreach (var permission in Enum.GetValues<Permission>())
            Assert.True(AccessRules.Allows(new Caller("admin", true), permission, AccessFacts.None, Today));
    }

    [Fact]
    public void A_facilitator_manages_the_network_but_not_the_services_work()
    {
        var facts = new AccessFacts(Network: Network(new NetworkMembership("f", NetworkRole.Facilitator, Today.AddYears(-1), null)), Service: Service());

        Assert.True(AccessRules.Allows(As("f"), Permission.ManageNetwork, facts, Today));
        Assert.True(AccessRules.Allows(As("f"), Permission.ReadArea, facts, Today));
        Assert.False(AccessRules.Allows(As("f"), Permission.WorkInService, facts, Today));
        Assert.False(AccessRules.Allows(As("f"), Permission.ManageService, facts, Today));
    }

    [Fact]
    public void Staff_work_in_their_service_and_read_its_network_leaders_also_manage_it()
    {
        var service = Service(new ServiceMembership("s", ServiceRole.Staff, Today.AddYears(-1), null), new ServiceMembership("l", ServiceRole.Leader, Today.AddYears(-1), null));
        var facts = new AccessFacts(Network: Network(), Service: service, ServicesOfNetwork: [service]);

        Assert.True(AccessRules.Allows(As("s"), Permission.WorkInService, facts, Today));
        Assert.False(AccessRules.Allows(As("s"), Permission.ManageService, facts, Today));
        Assert.True(AccessRules.Allows(As("s"), Permission.ReadNetwork, facts, Today));
        Assert.True(AccessRules.Allows(As("l"), Permission.ManageService, facts, Today));
        Assert.False(AccessRules.Allows(As("l"), Permission.ManageNetwork, facts, Today));
    }

    [Fact]
    public void Someone_who_has_left_keeps_their_history_but_not_their_access()
    {
        var service = Service(new ServiceMembership("gone", ServiceRole.Leader, Today.AddYears(-2), Today.AddDays(-1)));
        var network = Network(new NetworkMembership("gone", NetworkRole.Facilitator, Today.AddYears(-2), Today.AddDays(-1)));
        var facts = new AccessFacts(Network: network, Service: service, ServicesOfNetwork: [service]);

        Assert.False(AccessRules.Allows(As("gone"), Permission.ManageService, facts, Today));
        Assert.False(AccessRules.Allows(As("gone"), Permission.ManageNetwork, facts, Today));
        Assert.False(AccessRules.Allows(As("gone"), Permission.ReadNetwork, facts, Today));
        // Leaving today still counts as today: access ends after the last day.
        Assert.True(AccessRules.Allows(As("gone"), Permission.ManageService, facts, Today.AddDays(-1)));
    }

    [Fact]
    public void An_outsider_sees_nothing_and_only_the_person_edits_themselves()
    {
        var service = Service(new ServiceMembership("s", ServiceRole.Staff, Today.AddYears(-1), null));
        var facts = new AccessFacts(Network: Network(), Service: service, ServicesOfNetwork: [service]);

        Assert.False(AccessRules.Allows(As("x"), Permission.ReadNetwork, facts, Today));
        Assert.False(AccessRules.Allows(As("x"), Permission.ReadArea, facts, Today));
        Assert.True(AccessRules.Allows(As("x"), Permission.Self, new AccessFacts(PersonId: "x"), Today));
        Assert.False(AccessRules.Allows(As("x"), Permission.Self, new AccessFacts(PersonId: "s"), Today));
        Assert.False(AccessRules.Allows(As("x"), Permission.Administer, facts, Today));
    }
}
