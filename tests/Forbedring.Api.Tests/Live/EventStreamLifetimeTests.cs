using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Api.Tests.Voting;

namespace Forbedring.Api.Tests.Live;

/// <summary>How a stream lives and ends: keep-alive comments while idle, the end when access is lost, and a clean end when the app stops.</summary>
public sealed class EventStreamLifetimeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ApiFactory factory = ApiFactory.WithSettings(("Live:KeepAlive", "00:00:00.200"), ("Live:RenewEvery", "00:00:00.300"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_idle_stream_carries_a_keep_alive_comment()
    {
        var scene = await VotingScene.CreateAsync(factory);
        await using var stream = await EventStream.OpenAsync(scene.Admin, MeetingEventsLiveTests.Subscription, new { id = scene.Meeting });
        await stream.NextAsync(Patience);

        var idle = await stream.ReadAsync(TimeSpan.FromSeconds(2));

        Assert.Equal("keep-alive", idle.Comment);
    }

    [Fact]
    public async Task Someone_whose_membership_ends_stops_hearing_the_meeting()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (personId, member) = await scene.MemberAsync("Kortvarig Medlem");
        await using var stream = await EventStream.OpenAsync(member, MeetingEventsLiveTests.Subscription, new { id = scene.Meeting });
        Assert.Equal("SUBSCRIBED", (await stream.NextAsync(Patience)).Data().GetProperty("meetingEvents").GetProperty("kind").GetString());

        await scene.Admin.MutateOkAsync("removeNetworkMember", "network", "NetworkMemberInput",
            new { networkId = scene.Network, personId, date = VotingScene.DaysAgo(2) }, "id");

        await stream.CompletesAsync(Patience);
    }

    [Fact]
    public async Task A_stopping_app_ends_its_streams_with_complete()
    {
        var scene = await VotingScene.CreateAsync(factory);
        await using var stream = await EventStream.OpenAsync(scene.Admin, MeetingEventsLiveTests.Subscription, new { id = scene.Meeting });
        await stream.NextAsync(Patience);

        var stopping = factory.DisposeAsync().AsTask();

        await stream.CompletesAsync(Patience);
        await stopping.WaitAsync(Patience);
    }
}
