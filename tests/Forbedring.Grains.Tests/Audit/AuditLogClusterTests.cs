using Forbedring.Abstractions.Common;
using Azure.Data.Tables;
using Forbedring.Abstractions.Audit;

namespace Forbedring.Grains.Tests.Audit;

/// <summary>
/// Audit logs through a real cluster and a client over the network, against Azurite: every event
/// is a row of its own, pages come newest first, and the logs never mix.
/// </summary>
public sealed class AuditLogClusterTests(AuditClusterFixture fixture) : IClassFixture<AuditClusterFixture>
{
    // Sub-millisecond ticks and a non-UTC offset, so the time must survive the table exactly.
    private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234);

    private static AuditEvent Event(DateTimeOffset at, string entityId = "measure_0123456789abcdef", string? networkId = "network_a", string action = "logMeasurement") =>
        new(at, "person_kari", "Kari Nordmann", action, "Measure", entityId, networkId, "service_a");

    private IAuditLogGrain Log(string name) => fixture.Grains.GetGrain<IAuditLogGrain>(name);

    private static async Task<List<AuditEvent>> AllAsync(IAuditLogGrain log)
    {
        var all = new List<AuditEvent>();
        string? before = null;
        do
        {
            var page = await log.Page(IAuditLogGrain.MaxTake, before);
            all.AddRange(page.Events);
            before = page.Before;
        } while (before is not null);
        return all;
    }

    [Fact]
    public async Task Pages_come_newest_first_and_the_cursor_walks_every_event_exactly_once()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_paging");
        // Appended out of time order: the log sorts by when things happened, not by when they arrived.
        var events = Enumerable.Range(0, 250).Select(i => Event(Start.AddSeconds(i), $"measure_{i:D3}")).ToList();
        foreach (var e in events.OrderBy(e => e.EntityId.GetHashCode()))
            await log.Append(e);

        var sizes = new List<int>();
        var seen = new List<AuditEvent>();
        string? before = null;
        do
        {
            var page = await log.Page(100, before);
            sizes.Add(page.Events.Count);
            seen.AddRange(page.Events);
            before = page.Before;
        } while (before is not null);

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal(events.AsEnumerable().Reverse(), seen);
        Assert.Equal(250, seen.Select(e => e.EntityId).Distinct().Count());
    }

    [Fact]
    public async Task Every_field_reads_back_as_written_including_the_exact_time()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_fields");
        var written = new AuditEvent(Start, "person_ola", "Ola Æsøy-Åsen", "updateMeasure", "Measure", "measure_x", "network_fields", null);
        await log.Append(written);

        var read = Assert.Single((await log.Page(10, null)).Events);
        Assert.Equal(written, read);
        Assert.Equal(Start.UtcTicks, read.At.UtcTicks);
        Assert.Null(read.ServiceId);
    }

    [Fact]
    public async Task Take_is_clamped_to_one_and_to_the_maximum()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_clamp");
        for (var i = 0; i < IAuditLogGrain.MaxTake + 5; i++)
            await log.Append(Event(Start.AddMinutes(i), $"measure_{i}"));

        var none = await log.Page(0, null);
        Assert.Equal("measure_204", Assert.Single(none.Events).EntityId);
        Assert.NotNull(none.Before);
        Assert.Single((await log.Page(-5, null)).Events);

        var many = await log.Page(10_000, null);
        Assert.Equal(IAuditLogGrain.MaxTake, many.Events.Count);
        Assert.Equal(5, (await log.Page(10_000, many.Before)).Events.Count);
    }

    [Fact]
    public async Task Events_of_the_same_tick_are_all_kept_the_later_first()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_same_tick");
        await log.Append(Event(Start, "measure_first"));
        await log.Append(Event(Start, "measure_second"));
        await log.Append(Event(Start, "measure_third"));
        // Identical events are two things that happened, not one written twice.
        await log.Append(Event(Start, "measure_third"));

        var page = await log.Page(10, null);
        Assert.Equal(["measure_third", "measure_third", "measure_second", "measure_first"], page.Events.Select(e => e.EntityId));
        Assert.All(page.Events, e => Assert.Equal(Start, e.At));
    }

    [Fact]
    public async Task Events_are_read_back_from_the_table_after_the_grain_is_gone()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_survives");
        await log.Append(Event(Start, "measure_a"));
        await log.Append(Event(Start, "measure_b"));
        await log.Append(Event(Start.AddSeconds(1), "measure_c"));

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        async Task<int> ActiveLogsAsync() => (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains(nameof(Forbedring.Grains.Audit.AuditLogGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);
        Assert.True(await ActiveLogsAsync() > 0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(0, await ActiveLogsAsync());

        // A new activation knows nothing of the keys already taken in this tick, yet overwrites none.
        await log.Append(Event(Start, "measure_d"));

        var page = await log.Page(10, null);
        Assert.Equal(["measure_c", "measure_d", "measure_b", "measure_a"], page.Events.Select(e => e.EntityId));

        var rows = new List<TableEntity>();
        await foreach (var row in fixture.Table.QueryAsync<TableEntity>(r => r.PartitionKey == "network_survives"))
            rows.Add(row);
        Assert.Equal(["measure_c", "measure_d", "measure_b", "measure_a"], rows.Select(r => r.GetString("EntityId")));
    }

    [Fact]
    public async Task Logs_of_different_networks_and_the_installation_do_not_mix()
    {
        using var caller = CallerIdentity.Use("person_test");
        await Log("network_one").Append(Event(Start, "measure_one", "network_one"));
        await Log("network_two").Append(Event(Start, "measure_two", "network_two"));
        await Log(IAuditLogGrain.Installation).Append(Event(Start, "measure_everywhere", null, "createNetwork"));

        Assert.Equal(["measure_one"], (await AllAsync(Log("network_one"))).Select(e => e.EntityId));
        Assert.Equal(["measure_two"], (await AllAsync(Log("network_two"))).Select(e => e.EntityId));
        Assert.Equal(["measure_everywhere"], (await AllAsync(Log(IAuditLogGrain.Installation))).Select(e => e.EntityId));
        Assert.Empty((await Log("network_three").Page(10, null)).Events);
    }

    public static TheoryData<string, AuditEvent> Malformed => new()
    {
        { "no time", Event(default) },
        { "empty actor id", Event(Start) with { ActorId = "" } },
        { "blank action", Event(Start) with { Action = "  " } },
        { "empty entity kind", Event(Start) with { EntityKind = "" } },
        { "empty entity id", Event(Start, entityId: "") },
        { "null entity id", Event(Start) with { EntityId = null! } },
        { "long actor name", Event(Start) with { ActorName = new string('x', IAuditLogGrain.MaxFieldLength + 1) } },
        { "long action", Event(Start, action: new string('a', IAuditLogGrain.MaxFieldLength + 1)) },
        { "long network id", Event(Start, networkId: new string('n', IAuditLogGrain.MaxFieldLength + 1)) },
        { "long service id", Event(Start) with { ServiceId = new string('s', IAuditLogGrain.MaxFieldLength + 1) } },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_events_are_refused_and_nothing_is_written(string why, AuditEvent malformed)
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_malformed_" + why.Replace(' ', '_'));
        await Assert.ThrowsAsync<ArgumentException>(() => log.Append(malformed));
        Assert.Empty((await log.Page(10, null)).Events);
    }

    [Fact]
    public async Task A_field_of_exactly_the_maximum_length_is_kept()
    {
        using var caller = CallerIdentity.Use("person_test");
        var log = Log("network_longest");
        var name = new string('å', IAuditLogGrain.MaxFieldLength);
        await log.Append(Event(Start) with { ActorName = name });
        Assert.Equal(name, Assert.Single((await log.Page(1, null)).Events).ActorName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("0000000000000000001-99999")]
    public async Task A_cursor_the_log_did_not_hand_out_is_refused(string cursor)
    {
        using var caller = CallerIdentity.Use("person_test");
        await Log("network_cursor").Append(Event(Start));
        await Assert.ThrowsAsync<ArgumentException>(() => Log("network_cursor").Page(10, cursor));
    }
}
