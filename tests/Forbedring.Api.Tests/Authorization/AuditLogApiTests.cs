using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Authorization;

/// <summary>Every change lands in the audit log, without its free text; facilitators read their network's, administrators everything.</summary>
public sealed class AuditLogApiTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private const string Query = "query($id: ID, $before: String) { auditLog(networkId: $id, take: 2, before: $before) { events { action entityKind entityId actorId networkId serviceId at } before } }";

    [Fact]
    public async Task A_measurement_logged_by_staff_is_in_the_networks_log_for_the_facilitator_without_its_note()
    {
        await world.Client(Role.Staff).MutateOkAsync("logMeasurement", "point", "LogMeasurementInput",
            new { measureId = world.Measure, period = "2024-W20", numerator = 3, denominator = 4, note = "Hemmelig notat om vakta" }, "period");

        // The line follows the answer on its own: wait for it.
        var body = await Eventually(async () =>
        {
            var (_, page) = await world.Client(Role.Facilitator).PostAsync(Query, new { id = world.Network });
            var events = page.Data().GetProperty("auditLog").GetProperty("events");
            return events.GetArrayLength() > 0 && events[0].GetProperty("action").GetString() == "logMeasurement" ? page : (JsonElement?)null;
        });

        var latest = body.Data().GetProperty("auditLog").GetProperty("events")[0];
        Assert.Equal("logMeasurement", latest.GetProperty("action").GetString());
        Assert.Equal("Measure", latest.GetProperty("entityKind").GetString());
        Assert.Equal(world.Measure, latest.GetProperty("entityId").GetString());
        Assert.Equal(world.StaffPerson, latest.GetProperty("actorId").GetString());
        Assert.Equal(world.Network, latest.GetProperty("networkId").GetString());
        Assert.Equal(world.Service, latest.GetProperty("serviceId").GetString());
        Assert.DoesNotContain("Hemmelig", body.ToString());
    }

    [Fact]
    public async Task The_log_pages_back_through_everything_that_happened()
    {
        await SettledCountAsync();
        var all = new List<JsonElement>();
        string? before = null;
        do
        {
            var (_, body) = await world.Client(Role.Administrator).PostAsync(Query, new { id = (string?)null, before });
            var page = body.Data().GetProperty("auditLog");
            all.AddRange(page.GetProperty("events").EnumerateArray());
            before = page.GetProperty("before").GetString();
        }
        while (before is not null);

        // The world was built through the API: its networks, services, people, area and cycle are all there.
        var actions = all.Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("createNetwork", actions);
        Assert.Contains("createService", actions);
        Assert.Contains("addServiceMember", actions);
        Assert.Contains("createImprovementArea", actions);
        Assert.Contains("startPdsaCycle", actions);
        Assert.Contains(all, e => e.GetProperty("action").GetString() == "createNetwork" && e.GetProperty("entityId").GetString() == world.Network);
        Assert.Equal(all.Count, all.Select(e => e.ToString()).Distinct().Count());
    }

    [Theory]
    [InlineData(Role.Reader, true)]
    [InlineData(Role.Leader, true)]
    [InlineData(Role.Facilitator, false)]
    public async Task Only_facilitators_read_a_networks_log_and_only_administrators_the_installations(Role role, bool networkRefused)
    {
        var (_, network) = await world.Client(role).PostAsync(Query, new { id = world.Network });
        var (_, installation) = await world.Client(role).PostAsync(Query, new { id = (string?)null });

        Assert.Equal(networkRefused ? ["FORBIDDEN"] : [], RoleWorld.ErrorCodes(network));
        Assert.Equal(["FORBIDDEN"], RoleWorld.ErrorCodes(installation));
    }

    [Fact]
    public async Task A_refused_or_failed_change_leaves_no_line()
    {
        var before = await SettledCountAsync();

        await world.Client(Role.Reader).PostAsync("mutation($v: ServiceInput!) { createService(input: $v) { errors { code } } }", new { v = new { name = "Nei" } });
        await world.Client(Role.Administrator).MutateErrorsAsync("createService", "service", "ServiceInput", new { name = " " });

        Assert.Equal(before, await SettledCountAsync());
    }

    /// <summary>The number of lines once no more arrive (lines are written just after their change is answered).</summary>
    private async Task<int> SettledCountAsync()
    {
        var count = await CountAsync();
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(100);
            var again = await CountAsync();
            if (again == count)
                return count;
            count = again;
        }
        throw new Xunit.Sdk.XunitException("The audit log kept growing.");
    }

    private static async Task<JsonElement> Eventually(Func<Task<JsonElement?>> attempt)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await attempt() is { } found)
                return found;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("The audit line never came.");
    }

    private async Task<int> CountAsync()
    {
        var (_, body) = await world.Client(Role.Administrator).PostAsync("{ auditLog(take: 200) { events { at } } }");
        return body.Data().GetProperty("auditLog").GetProperty("events").GetArrayLength();
    }
}
