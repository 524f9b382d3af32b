using System.Text;
using Azure.Data.Tables;
using Forbedring.Grains.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace Forbedring.Grains.Tests.Storage;

public sealed class AzureTableGrainStorageTests(StorageProviderFixture fixture) : IClassFixture<StorageProviderFixture>
{
    private const string StateName = "probe";

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString("N"));

    private static TestState<T> Empty<T>() where T : new() => new() { State = new T() };

    [Fact]
    public async Task Reading_missing_state_gives_a_fresh_state_without_etag()
    {
        var state = new TestState<ProbeState> { State = new ProbeState { Name = "left over" } };

        await fixture.Provider().ReadStateAsync(StateName, NewGrain(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("", state.State.Name);
    }

    [Fact]
    public async Task Written_state_reads_back_equal_in_a_new_activation()
    {
        var grain = NewGrain();
        var written = Empty<ProbeState>();
        written.State = new ProbeState { Name = "Smidsrød helsehus", Count = 7, Items = ["a", "ø"] };
        await fixture.Provider().WriteStateAsync(StateName, grain, written);

        var read = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Smidsrød helsehus", read.State.Name);
        Assert.Equal(7, read.State.Count);
        Assert.Equal(["a", "ø"], read.State.Items);
    }

    [Fact]
    public async Task Every_write_changes_the_etag()
    {
        var grain = NewGrain();
        var state = Empty<ProbeState>();
        var etags = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            state.State.Count = i;
            await fixture.Provider().WriteStateAsync(StateName, grain, state);
            etags.Add(state.ETag);
        }

        Assert.All(etags, Assert.NotNull);
        Assert.Equal(3, etags.Distinct().Count());
    }

    [Fact]
    public async Task Two_activations_racing_the_later_write_fails_and_the_first_is_kept()
    {
        var grain = NewGrain();
        var seed = Empty<ProbeState>();
        await fixture.Provider().WriteStateAsync(StateName, grain, seed);

        var first = Empty<ProbeState>();
        var second = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, first);
        await fixture.Provider().ReadStateAsync(StateName, grain, second);

        first.State.Name = "first";
        second.State.Name = "second";
        await fixture.Provider().WriteStateAsync(StateName, grain, first);
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Provider().WriteStateAsync(StateName, grain, second));

        var stored = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, stored);
        Assert.Equal("first", stored.State.Name);
    }

    [Fact]
    public async Task Adding_when_a_row_already_exists_is_refused_and_does_not_overwrite()
    {
        var grain = NewGrain();
        var existing = Empty<ProbeState>();
        existing.State.Name = "existing";
        await fixture.Provider().WriteStateAsync(StateName, grain, existing);

        var unaware = Empty<ProbeState>(); // never read: believes there is no row
        unaware.State.Name = "intruder";
        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Provider().WriteStateAsync(StateName, grain, unaware));

        var stored = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, stored);
        Assert.Equal("existing", stored.State.Name);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_is_refused_and_keeps_the_newer_row()
    {
        var grain = NewGrain();
        var stale = Empty<ProbeState>();
        await fixture.Provider().WriteStateAsync(StateName, grain, stale);
        var newer = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, newer);
        newer.State.Name = "newer";
        await fixture.Provider().WriteStateAsync(StateName, grain, newer);

        await Assert.ThrowsAsync<InconsistentStateException>(() => fixture.Provider().ClearStateAsync(StateName, grain, stale));

        var stored = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, stored);
        Assert.Equal("newer", stored.State.Name);
    }

    [Fact]
    public async Task Clear_deletes_the_row_resets_the_state_and_the_next_write_creates_it_anew()
    {
        var grain = NewGrain();
        var state = Empty<ProbeState>();
        state.State.Name = "to be cleared";
        await fixture.Provider().WriteStateAsync(StateName, grain, state);

        await fixture.Provider().ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("", state.State.Name);
        var row = await fixture.Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(grain.ToString()), StateName);
        Assert.False(row.HasValue);

        state.State.Name = "again";
        await fixture.Provider().WriteStateAsync(StateName, grain, state);
        var reread = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, reread);
        Assert.Equal("again", reread.State.Name);
    }

    [Fact]
    public async Task Clearing_state_that_was_never_written_does_nothing()
    {
        var state = Empty<ProbeState>();
        await fixture.Provider().ClearStateAsync(StateName, NewGrain(), state);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task State_names_of_one_grain_are_independent()
    {
        var grain = NewGrain();
        var a = Empty<ProbeState>();
        var b = Empty<ProbeState>();
        a.State.Name = "a";
        b.State.Name = "b";
        await fixture.Provider().WriteStateAsync("first", grain, a);
        await fixture.Provider().WriteStateAsync("second", grain, b);
        await fixture.Provider().ClearStateAsync("first", grain, a);

        var readA = Empty<ProbeState>();
        var readB = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync("first", grain, readA);
        await fixture.Provider().ReadStateAsync("second", grain, readB);
        Assert.False(readA.RecordExists);
        Assert.Equal("b", readB.State.Name);
    }

    [Fact]
    public async Task Large_state_is_split_over_several_properties_and_joined_on_read()
    {
        var grain = NewGrain();
        // 300,000 characters of two-byte UTF-8 ('ø') is about 600 KiB: ten 64 KiB chunks.
        var payload = new string('ø', 290_000) + "slutt";
        var state = Empty<ProbeState>();
        state.State.Payload = payload;
        await fixture.Provider().WriteStateAsync(StateName, grain, state);

        var row = await fixture.Table.GetEntityAsync<TableEntity>(TableKeys.Encode(grain.ToString()), StateName);
        Assert.True(row.Value.GetInt32("DataChunks") > 1);
        var read = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, read);
        Assert.Equal(payload, read.State.Payload);

        state.State.Payload = "small again";
        await fixture.Provider().WriteStateAsync(StateName, grain, state);
        await fixture.Provider().ReadStateAsync(StateName, grain, read);
        Assert.Equal("small again", read.State.Payload);
    }

    [Fact]
    public async Task Too_large_state_is_refused_naming_the_grain_and_size_and_nothing_is_written()
    {
        var grain = NewGrain();
        var state = Empty<ProbeState>();
        state.State.Payload = new string('x', 700_000);

        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => fixture.Provider().WriteStateAsync(StateName, grain, state));

        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("700,0", error.Message);
        Assert.True(error.SizeBytes > error.LimitBytes);
        Assert.Null(state.ETag);
        var row = await fixture.Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(grain.ToString()), StateName);
        Assert.False(row.HasValue);
    }

    [Fact]
    public async Task Grain_keys_with_characters_tables_forbid_are_stored_safely()
    {
        var grain = GrainId.Create("probe", "a/b\\c#d?e%f\tg");
        var state = Empty<ProbeState>();
        state.State.Name = "unsafe key";
        await fixture.Provider().WriteStateAsync(StateName, grain, state);

        var read = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, read);
        Assert.Equal("unsafe key", read.State.Name);
        Assert.DoesNotContain('/', TableKeys.Encode(grain.ToString()));
    }

    [Fact]
    public async Task Stored_json_with_unknown_fields_or_missing_fields_still_reads()
    {
        var grain = NewGrain();
        await InsertRawAsync(grain, """{"Name":"old","Retired":true}""", version: 1);

        var read = Empty<ProbeState>();
        await fixture.Provider().ReadStateAsync(StateName, grain, read);

        Assert.Equal("old", read.State.Name);
        Assert.Equal(0, read.State.Count);
        Assert.Empty(read.State.Items);
    }

    [Fact]
    public async Task An_older_state_version_is_migrated_when_read()
    {
        var grain = NewGrain();
        await InsertRawAsync(grain, """{"Title":"Gode overganger"}""", version: 1);

        var read = Empty<RenamedProbeState>();
        await fixture.Provider(new TitleToNameMigration()).ReadStateAsync(StateName, grain, read);

        Assert.Equal("Gode overganger", read.State.Name);
    }

    [Fact]
    public async Task A_state_version_newer_than_the_release_is_refused_clearly()
    {
        var grain = NewGrain();
        await InsertRawAsync(grain, """{"Name":"future"}""", version: 9);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => fixture.Provider().ReadStateAsync(StateName, grain, Empty<ProbeState>()));
        Assert.Contains("version 9", error.Message);
    }

    private async Task InsertRawAsync(GrainId grain, string json, int version)
    {
        var entity = new TableEntity(TableKeys.Encode(grain.ToString()), StateName)
        {
            ["StateVersion"] = version,
            ["DataChunks"] = 1,
            ["Data0"] = Encoding.UTF8.GetBytes(json),
        };
        await fixture.Table.AddEntityAsync(entity);
    }

    /// <summary>What a persistent-state facet hands the provider, with the state never null.</summary>
    private sealed class TestState<T> : IGrainState<T> where T : new()
    {
        private T state = new();

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public T State
        {
            get => state;
            set => state = value ?? new T();
        }
        public string? ETag { get; set; }
        public bool RecordExists { get; set; }
    }

    private sealed class TitleToNameMigration : IGrainStateMigration
    {
        public Type StateType => typeof(RenamedProbeState);
        public int FromVersion => 1;

        public System.Text.Json.Nodes.JsonNode Migrate(System.Text.Json.Nodes.JsonNode stored)
        {
            var title = stored["Title"]?.GetValue<string>();
            return new System.Text.Json.Nodes.JsonObject { ["Name"] = title };
        }
    }
}
