using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.People;
using Forbedring.Grains.Tests.Infrastructure;
using Orleans.TestingHost;

namespace Forbedring.Grains.Tests.Storage;

/// <summary>The silo refuses calls that do not say whom they are for, and changes without a real actor.</summary>
public sealed class CallerIdentityTests : IAsyncLifetime
{
    private InProcessTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await TestClusters.StartAsync(TestStorage.UniquePrefix("Caller"));

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task A_call_without_a_caller_identity_is_refused_and_writes_nothing()
    {
        var person = cluster.Client.GetGrain<IPersonGrain>("person_nobody");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => person.Create(new PersonInput("Uten identitet", null), new Actor("person_kari", "Kari")));

        using var caller = CallerIdentity.Use("person_kari");
        Assert.Null(await person.Get());
    }

    [Fact]
    public async Task A_change_by_an_unknown_or_anonymous_actor_is_refused()
    {
        using var caller = CallerIdentity.Use(CallerIdentity.Anonymous);
        var person = cluster.Client.GetGrain<IPersonGrain>("person_anon");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => person.Create(new PersonInput("Anonym", null), new Actor("unknown", "Ukjent")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => person.Create(new PersonInput("Anonym", null), new Actor(CallerIdentity.Anonymous, "Anonym")));
        Assert.Null(await person.Get());
    }

    [Fact]
    public async Task A_call_with_a_caller_and_a_real_actor_goes_through()
    {
        using var caller = CallerIdentity.Use("person_kari");

        var created = await cluster.Client.GetGrain<IPersonGrain>("person_ok").Create(new PersonInput("Kari", null), new Actor("person_kari", "Kari"));

        Assert.True(created.Succeeded);
    }
}
