using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Authorization;

/// <summary>
/// Rewording and deleting a learning is for its author (while they read the network) and the network's facilitators.
/// Each role tries it on a learning of its own, written by staff of the service, so one role's change never stands in
/// another's way.
/// </summary>
public sealed class LearningAccessTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private const string Update = "mutation($v: UpdateLearningInput!) { updateLearning(input: $v) { learning { version } errors { code } } }";
    private const string Delete = "mutation($v: DeleteLearningInput!) { deleteLearning(input: $v) { learning { version } errors { code } } }";

    private static readonly Role[] MayEdit = [Role.Administrator, Role.Facilitator, Role.Staff];

    public static TheoryData<Role> Roles()
    {
        var data = new TheoryData<Role>();
        foreach (var role in Enum.GetValues<Role>())
            data.Add(role);
        return data;
    }

    private async Task<string> LearningByStaffAsync() =>
        (await world.Client(Role.Staff).MutateOkAsync("addLearning", "learning", "AddLearningInput", new
        {
            networkId = world.Network,
            serviceId = world.Service,
            text = "Samtalen før hjemreise virker",
            source = new { kind = "MEETING", id = world.Meeting },
        }, "id")).Id();

    private async Task<int> VersionAsync(string id)
    {
        var (_, body) = await world.Client(Role.Administrator).PostAsync("query($id: ID!) { learning(id: $id) { version } }", new { id });
        return body.Data().GetProperty("learning").GetProperty("version").GetInt32();
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_the_author_and_facilitators_reword_a_learning(Role role)
    {
        var id = await LearningByStaffAsync();

        var (_, body) = await world.Client(role).PostAsync(Update, new { v = new { id, expectedVersion = 1, text = "Omskrevet" } });

        Assert.Equal(MayEdit.Contains(role) ? [] : [role == Role.SignedOut ? "UNAUTHENTICATED" : "FORBIDDEN"], RoleWorld.ErrorCodes(body));
        Assert.Equal(MayEdit.Contains(role) ? 2 : 1, await VersionAsync(id));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_the_author_and_facilitators_delete_a_learning(Role role)
    {
        var id = await LearningByStaffAsync();

        var (_, body) = await world.Client(role).PostAsync(Delete, new { v = new { id, expectedVersion = 1 } });

        Assert.Equal(MayEdit.Contains(role) ? [] : [role == Role.SignedOut ? "UNAUTHENTICATED" : "FORBIDDEN"], RoleWorld.ErrorCodes(body));
        Assert.Equal(MayEdit.Contains(role) ? 2 : 1, await VersionAsync(id));
    }

    [Fact]
    public async Task An_unknown_learning_reads_like_one_that_is_not_yours()
    {
        var (_, body) = await world.Client(Role.Facilitator).PostAsync(Update, new { v = new { id = "learning_unknown", expectedVersion = 1, text = "x" } });

        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(body));
    }

    [Fact]
    public async Task Learnings_of_a_network_are_hidden_from_those_outside_it_wherever_they_turn_up()
    {
        var (_, body) = await world.Client(Role.StaffOutsideTheNetwork).PostAsync("query($id: ID!) { learning(id: $id) { id } }", new { id = world.Learning });
        var (_, search) = await world.Client(Role.StaffOutsideTheNetwork).PostAsync("query($id: ID) { learnings(networkId: $id) { after } }", new { id = world.Network });

        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(body));
        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(search));
    }
}
