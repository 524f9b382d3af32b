using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Authorization;

/// <summary>
/// <c>viewerCan</c> tells a screen what to offer: it must agree with what the access rules then allow.
/// </summary>
public sealed class ViewerCanTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    [Theory]
    [InlineData(Role.Facilitator, "READ_NETWORK,MANAGE_NETWORK,ADD_LEARNING", "READ_AREA", "READ_NETWORK,MANAGE_NETWORK,ADD_LEARNING", "READ_AREA,MANAGE_NETWORK,ADD_LEARNING")]
    [InlineData(Role.Leader, "READ_NETWORK", "READ_AREA,WORK_IN_SERVICE,MANAGE_SERVICE", "READ_NETWORK", "READ_AREA,WORK_IN_SERVICE,MANAGE_SERVICE,ADD_LEARNING")]
    [InlineData(Role.Staff, "READ_NETWORK", "READ_AREA,WORK_IN_SERVICE", "READ_NETWORK", "READ_AREA,WORK_IN_SERVICE,ADD_LEARNING")]
    [InlineData(Role.Reader, "READ_NETWORK", "READ_AREA", "READ_NETWORK", "READ_AREA")]
    [InlineData(Role.StaffOfAnotherServiceInTheNetwork, "READ_NETWORK", "READ_AREA", "READ_NETWORK", "READ_AREA")]
    [InlineData(Role.Administrator, "READ_NETWORK,MANAGE_NETWORK,ADD_LEARNING", "READ_AREA,WORK_IN_SERVICE,MANAGE_SERVICE", "READ_NETWORK,MANAGE_NETWORK,ADD_LEARNING", "READ_AREA,WORK_IN_SERVICE,MANAGE_SERVICE,MANAGE_NETWORK,ADD_LEARNING")]
    public async Task Each_role_is_told_what_it_may_do(Role role, string onNetwork, string onMeasure, string onMeeting, string onArea)
    {
        var (_, body) = await world.Client(role).PostAsync(
            "query($n: ID!, $m: ID!, $g: ID!, $a: ID!) { network(id: $n) { viewerCan } measure(id: $m) { viewerCan } meeting(id: $g) { viewerCan } improvementArea(id: $a) { viewerCan } }",
            new { n = world.Network, m = world.Measure, g = world.Meeting, a = world.Area });

        var data = body.Data();
        Assert.Equal(onNetwork, Held(data.GetProperty("network")));
        Assert.Equal(onMeasure, Held(data.GetProperty("measure")));
        Assert.Equal(onMeeting, Held(data.GetProperty("meeting")));
        // On an area, ADD_LEARNING is what sharing a PDSA cycle's learning asks (learningFromCycle).
        Assert.Equal(onArea, Held(data.GetProperty("improvementArea")));
    }

    [Fact]
    public async Task An_outsider_is_told_nothing_because_they_see_nothing()
    {
        var (_, body) = await world.Client(Role.StaffOutsideTheNetwork).PostAsync("query($n: ID!) { network(id: $n) { viewerCan } }", new { n = world.Network });

        Assert.Contains("FORBIDDEN", RoleWorld.ErrorCodes(body));
    }

    private static string Held(System.Text.Json.JsonElement entity) =>
        string.Join(",", entity.GetProperty("viewerCan").EnumerateArray().Select(p => p.GetString()));
}
