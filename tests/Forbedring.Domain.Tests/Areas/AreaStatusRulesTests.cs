using Forbedring.Abstractions.Areas;
using Forbedring.Domain.Areas;
using static Forbedring.Abstractions.Areas.AreaStatus;

namespace Forbedring.Domain.Tests.Areas;

public sealed class AreaStatusRulesTests
{
    [Theory]
    [InlineData(Idea, Chosen)]
    [InlineData(Chosen, Testing)]
    [InlineData(Testing, Implementing)]
    [InlineData(Implementing, Sustaining)]
    [InlineData(Sustaining, Closed)]
    [InlineData(Testing, Chosen)]
    [InlineData(Closed, Sustaining)]
    public void An_area_moves_one_step_forward_or_back_on_the_open_line(AreaStatus from, AreaStatus to) =>
        Assert.True(AreaStatusRules.CanChange(from, to));

    [Theory]
    [InlineData(Idea, Testing)]
    [InlineData(Idea, Sustaining)]
    [InlineData(Chosen, Closed)]
    [InlineData(Sustaining, Testing)]
    [InlineData(Closed, Idea)]
    public void Skipping_steps_is_refused(AreaStatus from, AreaStatus to) =>
        Assert.False(AreaStatusRules.CanChange(from, to));

    [Theory]
    [InlineData(Idea)]
    [InlineData(Chosen)]
    [InlineData(Testing)]
    [InlineData(Implementing)]
    [InlineData(Sustaining)]
    public void Any_open_status_may_stall_or_be_abandoned(AreaStatus from)
    {
        Assert.True(AreaStatusRules.CanChange(from, Stalled));
        Assert.True(AreaStatusRules.CanChange(from, Abandoned));
    }

    [Fact]
    public void A_closed_area_can_neither_stall_nor_be_abandoned()
    {
        Assert.False(AreaStatusRules.CanChange(Closed, Stalled));
        Assert.False(AreaStatusRules.CanChange(Closed, Abandoned));
    }

    [Fact]
    public void A_stalled_area_resumes_only_where_it_stalled_or_is_abandoned()
    {
        Assert.True(AreaStatusRules.CanChange(Stalled, Testing, stalledFrom: Testing));
        Assert.False(AreaStatusRules.CanChange(Stalled, Implementing, stalledFrom: Testing));
        Assert.False(AreaStatusRules.CanChange(Stalled, Closed, stalledFrom: Testing));
        Assert.True(AreaStatusRules.CanChange(Stalled, Abandoned, stalledFrom: Testing));
        Assert.Equal([Testing, Abandoned], AreaStatusRules.Next(Stalled, Testing));
    }

    [Fact]
    public void An_abandoned_area_can_only_be_taken_up_again_as_an_idea()
    {
        Assert.Equal([Idea], AreaStatusRules.Next(Abandoned));
    }

    [Fact]
    public void The_same_status_is_no_change()
    {
        foreach (var status in Enum.GetValues<AreaStatus>())
            Assert.False(AreaStatusRules.CanChange(status, status, Testing));
    }
}
