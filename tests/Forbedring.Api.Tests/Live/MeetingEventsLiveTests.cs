using System.Net;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Api.Tests.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Live;

/// <summary>
/// The live path end to end over real HTTP: a subscription over Server-Sent Events (graphql-sse),
/// fed by the meeting's channel in the silo, seen by another signed-in person within a second.
/// </summary>
public sealed class MeetingEventsLiveTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public const string Subscription = "subscription($id: ID!) { meetingEvents(meetingId: $id) { kind meetingId subjectId by { personId name } voting { votesLeft votesCast cards { id votes } } } }";

    private static async Task<EventStream> SubscribeAsync(HttpClient who, string meetingId)
    {
        var stream = await EventStream.OpenAsync(who, Subscription, new { id = meetingId });
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var first = await stream.NextAsync(Patience);
        Assert.Equal("SUBSCRIBED", first.Data().GetProperty("meetingEvents").GetProperty("kind").GetString());
        return stream;
    }

    [Fact]
    public async Task Two_people_at_the_meeting_each_see_what_the_other_does_within_a_second()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (kariId, kari) = await scene.StaffAsync("Kari Nordmann");
        var (olaId, ola) = await scene.StaffAsync("Ola Nordmann");
        var card = await scene.CardAsync(scene.Admin, "Lange reiser er en av de største utfordringene");
        await scene.OpenAsync();
        await using var kariSees = await SubscribeAsync(kari, scene.Meeting);
        await using var olaSees = await SubscribeAsync(ola, scene.Meeting);

        await scene.VoteAsync(kari, card);
        var vote = await olaSees.MeetingEventAsync("VOTE_CAST", Second);

        Assert.Equal(kariId, vote.GetProperty("by").GetProperty("personId").GetString());
        // The counts are hidden while voting: the event names no card, and Ola's view shows his own two votes left.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, vote.GetProperty("subjectId").ValueKind);
        Assert.Equal(2, vote.GetProperty("voting").GetProperty("votesLeft").GetInt32());
        Assert.Equal(1, vote.GetProperty("voting").GetProperty("votesCast").GetInt32());
        Assert.Null(VotingScene.Votes(vote.GetProperty("voting"), card));
        // Kari's own screen hears her vote too, with her votes left.
        var own = await kariSees.MeetingEventAsync("VOTE_CAST", Second);
        Assert.Equal(1, own.GetProperty("voting").GetProperty("votesLeft").GetInt32());

        var newCard = await scene.CardAsync(ola, "Godt samarbeid mellom fagmiljøene i kommunen");
        var added = await kariSees.MeetingEventAsync("CARD_ADDED", Second, subjectId: newCard);

        Assert.Equal(newCard, added.GetProperty("subjectId").GetString());
        Assert.Equal(olaId, added.GetProperty("by").GetProperty("personId").GetString());
        Assert.Equal(1, added.GetProperty("voting").GetProperty("votesLeft").GetInt32());
    }

    [Fact]
    public async Task Attendance_and_learnings_captured_at_the_meeting_reach_its_screens()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (kariId, kari) = await scene.StaffAsync("Kari Nordmann");
        await using var kariSees = await SubscribeAsync(kari, scene.Meeting);

        // Kari joined after the meeting's day, so she comes as a guest, which needs the meeting open.
        await scene.Admin.MutateOkAsync("openMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting }, "id");
        await scene.Admin.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput",
            new { meetingId = scene.Meeting, personId = kariId, status = "PRESENT", guest = true }, "personId");
        var recorded = await kariSees.MeetingEventAsync("ATTENDANCE_RECORDED", Second, subjectId: kariId);
        var learning = (await scene.Admin.MutateOkAsync("addLearning", "learning", "AddLearningInput", new
        {
            networkId = scene.Network,
            text = "Ring dagen etter hjemkomst",
            source = new { kind = "MEETING", id = scene.Meeting },
        }, "id")).Id();
        var added = await kariSees.MeetingEventAsync("LEARNING_ADDED", Second, subjectId: learning);

        Assert.Equal(scene.Meeting, recorded.GetProperty("meetingId").GetString());
        Assert.Equal(scene.Meeting, added.GetProperty("meetingId").GetString());
    }

    [Fact]
    public async Task Opening_and_closing_reach_every_screen_and_the_counts_show_once_closed()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var (_, kari) = await scene.StaffAsync("Kari Nordmann");
        var card = await scene.CardAsync(kari, "Sykehuset mangler oversikt over tjenestetilbudet i kommunen");
        await using var kariSees = await SubscribeAsync(kari, scene.Meeting);

        await scene.OpenAsync();
        await kariSees.MeetingEventAsync("VOTING_OPENED", Second);
        await scene.VoteAsync(kari, card);
        await kariSees.MeetingEventAsync("VOTE_CAST", Second);
        await scene.CloseAsync();
        var closed = await kariSees.MeetingEventAsync("VOTING_CLOSED", Second);

        Assert.Equal(1, VotingScene.Votes(closed.GetProperty("voting"), card));
    }

    [Fact]
    public async Task Signed_out_callers_and_people_outside_the_network_are_refused_in_the_stream_before_anything_runs()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var outsiderId = (await scene.Admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Utenfor Nettverket" }, "id")).Id();
        var outsider = await factory.AsPersonAsync(outsiderId);

        foreach (var (who, code) in new[] { (factory.CreateClient(), "UNAUTHENTICATED"), (outsider, "FORBIDDEN") })
        {
            await using var stream = await EventStream.OpenAsync(who, Subscription, new { id = scene.Meeting });
            var refused = await stream.NextAsync(Patience);

            Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
            Assert.False(refused.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null, refused.ToString());
            Assert.Equal(code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            await stream.CompletesAsync(Patience);
        }
        Assert.Equal(0, await SubscribersAsync(scene.Meeting));
    }

    [Fact]
    public async Task A_client_that_disconnects_is_unsubscribed_from_the_meeting()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var stream = await SubscribeAsync(scene.Admin, scene.Meeting);
        Assert.Equal(1, await SubscribersAsync(scene.Meeting));

        await stream.DisposeAsync();

        var deadline = DateTime.UtcNow + Patience;
        while (await SubscribersAsync(scene.Meeting) > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(0, await SubscribersAsync(scene.Meeting));
    }

    [Fact]
    public async Task A_subscription_over_plain_json_is_refused_with_a_pointer_to_the_event_stream()
    {
        var scene = await VotingScene.CreateAsync(factory);

        var (_, body) = await scene.Admin.PostAsync(Subscription, new { id = scene.Meeting });

        Assert.Equal("SUBSCRIPTION_NEEDS_EVENT_STREAM", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, await SubscribersAsync(scene.Meeting));
    }

    [Fact]
    public async Task A_query_over_the_event_stream_is_one_next_event_then_complete_and_get_is_for_reading_only()
    {
        await using var query = await EventStream.OpenAsync(factory.CreateClient(), "{ version }", get: true);
        Assert.True((await query.NextAsync(Patience)).Data().GetProperty("version").GetString() is { Length: > 0 });
        await query.CompletesAsync(Patience);

        await using var mutation = await EventStream.OpenAsync(await factory.AdminAsync(), "mutation { createNetwork(input: { name: \"Via GET\" }) { errors { code } } }", get: true);
        var refused = await mutation.NextAsync(Patience);
        Assert.Equal("MUTATION_OVER_GET", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await mutation.CompletesAsync(Patience);
    }

    [Fact]
    public async Task A_subscription_opened_with_get_as_eventsource_does_carries_the_cookie_and_streams()
    {
        var scene = await VotingScene.CreateAsync(factory);
        await using var stream = await EventStream.OpenAsync(scene.Admin, Subscription, new { id = scene.Meeting }, get: true);
        Assert.Equal("SUBSCRIBED", (await stream.NextAsync(Patience)).Data().GetProperty("meetingEvents").GetProperty("kind").GetString());

        await scene.CardAsync(scene.Admin, "Fokus på pasientens beste, ikke økonomi");

        await stream.MeetingEventAsync("CARD_ADDED", Second);
    }

    private async Task<int> SubscribersAsync(string meetingId)
    {
        using var _ = CallerIdentity.Use(CallerIdentity.System);
        return await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingEventsGrain>(meetingId).Subscribers();
    }
}
