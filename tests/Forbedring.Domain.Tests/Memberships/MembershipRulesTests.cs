using Forbedring.Abstractions.Services;
using Forbedring.Domain.Memberships;

namespace Forbedring.Domain.Tests.Memberships;

public sealed class MembershipRulesTests
{
    private static readonly DateOnly Jan = new(2020, 1, 1);

    [Fact]
    public void Every_open_role_of_the_person_ends_and_others_are_untouched()
    {
        var list = new List<ServiceMembership>
        {
            new("p1", ServiceRole.Staff, Jan, null),
            new("p1", ServiceRole.MeasurementLead, Jan, null),
            new("p1", ServiceRole.Leader, Jan, Jan.AddDays(10)),
            new("p2", ServiceRole.Staff, Jan, null),
        };

        Assert.Null(MembershipRules.EndAll(list, "p1", Jan.AddMonths(6), "until", "since"));

        Assert.All(list.Take(2), m => Assert.Equal(Jan.AddMonths(6), m.Until));
        Assert.Equal(Jan.AddDays(10), list[2].Until);
        Assert.Null(list[3].Until);
    }

    [Fact]
    public void Ending_before_the_start_is_refused_and_changes_nothing()
    {
        var list = new List<ServiceMembership> { new("p1", ServiceRole.Staff, Jan, null) };

        var error = MembershipRules.EndAll(list, "p1", Jan.AddDays(-1), "until", "since");

        Assert.Equal("DATES_OUT_OF_ORDER", error?.Code);
        Assert.Null(list[0].Until);
    }

    [Fact]
    public void Ending_for_someone_without_an_open_membership_is_not_found()
    {
        var list = new List<ServiceMembership> { new("p1", ServiceRole.Staff, Jan, Jan.AddDays(3)) };

        Assert.Equal("NOT_FOUND", MembershipRules.EndAll(list, "p1", Jan.AddDays(5), "until", "since")?.Code);
    }
}
