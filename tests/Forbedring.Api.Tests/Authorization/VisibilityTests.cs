using System.Text.Json;
using Forbedring.Api.GraphQL;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Authorization;

/// <summary>
/// Nobody outside a network sees anything of it, wherever it would turn up: in lists, under a
/// service that is in several networks, in the schema itself for signed-out callers.
/// </summary>
public sealed class VisibilityTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    [Fact]
    public void Every_root_field_declares_who_may_use_it()
    {
        var schema = world.Factory.Services.GetRequiredService<ForbedringSchema>();
        schema.Initialize();

        var fields = schema.Query.Fields.Concat(schema.Mutation!.Fields).ToList();

        Assert.True(fields.Count > 40);
        var open = fields.Where(f => FieldAccess.RuleOf(f) is null).Select(f => f.Name).ToList();
        Assert.True(open.Count == 0, "Without an access rule: " + string.Join(", ", open));
    }

    [Fact]
    public async Task Lists_show_an_outsider_only_what_is_theirs()
    {
        var (_, body) = await world.Client(Role.StaffOutsideTheNetwork).PostAsync("{ networks { id } services { id areas { id } } }");

        var data = body.Data();
        var networks = data.GetProperty("networks").EnumerateArray().Select(n => n.Id()).ToList();
        Assert.Contains(world.OtherNetwork, networks);
        Assert.DoesNotContain(world.Network, networks);
        // «Helsehuset» is in «Sør» too, so the outsider sees it, but only its area in «Sør».
        var service = data.GetProperty("services").EnumerateArray().Single(s => s.Id() == world.Service);
        Assert.Equal([world.AreaInOtherNetwork], service.GetProperty("areas").EnumerateArray().Select(a => a.Id()));
    }

    [Fact]
    public async Task A_reader_of_one_network_sees_nothing_of_the_services_work_in_another()
    {
        var (_, body) = await world.Client(Role.Reader).PostAsync(
            "query($id: ID!) { service(id: $id) { areas { id title } } networks { id } }", new { id = world.Service });

        var data = body.Data();
        Assert.Equal([world.Area], data.GetProperty("service").GetProperty("areas").EnumerateArray().Select(a => a.Id()));
        Assert.Equal([world.Network], data.GetProperty("networks").EnumerateArray().Select(n => n.Id()));
    }

    [Fact]
    public async Task Staff_see_their_own_services_work_in_every_network()
    {
        var (_, body) = await world.Client(Role.Staff).PostAsync("query($id: ID!) { service(id: $id) { areas { id } } }", new { id = world.Service });

        Assert.Equal(
            new[] { world.Area, world.AreaInOtherNetwork }.Order(),
            body.Data().GetProperty("service").GetProperty("areas").EnumerateArray().Select(a => a.Id()).Order());
    }

    [Fact]
    public async Task An_id_that_does_not_exist_is_refused_like_one_that_is_not_yours()
    {
        var (_, missing) = await world.Client(Role.Reader).PostAsync("query($id: ID!) { network(id: $id) { name } }", new { id = "network_0000000000000000" });
        var (_, foreign) = await world.Client(Role.Reader).PostAsync("query($id: ID!) { network(id: $id) { name } }", new { id = world.OtherNetwork });

        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(missing));
        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(foreign));
    }

    [Fact]
    public async Task One_refused_field_refuses_the_whole_request_so_nothing_half_runs()
    {
        var before = await NetworkNameAsync();

        var (_, body) = await world.Client(Role.Facilitator).PostAsync(
            "mutation($n: UpdateNetworkInput!, $s: ServiceInput!) { updateNetwork(input: $n) { errors { code } } createService(input: $s) { errors { code } } }",
            new { n = new { id = world.Network, expectedVersion = before.Version, network = new { name = "Omdøpt" } }, s = new { name = "Ulovlig" } });

        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(body));
        Assert.Equal(before, await NetworkNameAsync());
    }

    [Fact]
    public async Task Fragments_and_aliases_do_not_get_past_the_rule()
    {
        var (_, body) = await world.Client(Role.StaffOutsideTheNetwork).PostAsync(
            "query($id: ID!) { ...F } fragment F on Query { hidden: network(id: $id) { name } }", new { id = world.Network });

        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(body));
    }

    [Fact]
    public async Task Introspection_is_for_signed_in_callers()
    {
        var (_, signedOut) = await world.Client(Role.SignedOut).PostAsync("{ __schema { queryType { name } } }");
        var (_, signedIn) = await world.Client(Role.Reader).PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(["UNAUTHENTICATED"], RoleWorld.ErrorCodes(signedOut));
        Assert.Equal("Query", signedIn.Data().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(Role.Reader, 200)]
    [InlineData(Role.StaffOutsideTheNetwork, 403)]
    [InlineData(Role.SignedOut, 401)]
    public async Task The_csv_download_follows_the_same_rules(Role role, int status)
    {
        var response = await world.Client(role).GetAsync($"/api/measures/{world.Measure}/csv");

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Facilitator, 200)]
    [InlineData(Role.Reader, 403)]
    [InlineData(Role.SignedOut, 401)]
    public async Task The_network_export_is_for_its_facilitators(Role role, int status)
    {
        var response = await world.Client(role).GetAsync($"/api/networks/{world.Network}/export");

        Assert.Equal(status, (int)response.StatusCode);
    }

    private async Task<(string Name, int Version)> NetworkNameAsync()
    {
        var (_, body) = await world.Client(Role.Administrator).PostAsync("query($id: ID!) { network(id: $id) { name version } }", new { id = world.Network });
        var network = body.Data().GetProperty("network");
        return (network.GetProperty("name").GetString()!, network.GetProperty("version").GetInt32());
    }
}
