using Forbedring.Domain.Areas;

namespace Forbedring.Domain.Tests.Areas;

public sealed class ProgressScaleTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(3.0)]
    [InlineData(4.5)]
    [InlineData(5.0)]
    public void Half_steps_from_one_to_five_are_on_the_scale(double score) => Assert.True(ProgressScale.IsOnScale(score));

    [Theory]
    [InlineData(0.5)]
    [InlineData(5.5)]
    [InlineData(2.25)]
    [InlineData(3.3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Anything_else_is_off_the_scale(double score) => Assert.False(ProgressScale.IsOnScale(score));
}
