using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Forbedring.Cluster.Tests;

/// <summary>
/// Live meeting events reach a screen through the api in client mode: the api's observer of the
/// meeting's channel grain is called back from a silo in another process.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class LiveEventsTests(ITestOutputHelper output)
{
    private const string Subscription = "subscription($id: ID!) { meetingEvents(meetingId: $id) { kind meetingId } }";

    [Fact]
    public async Task A_meeting_event_reaches_a_subscriber_through_the_api_as_an_orleans_client()
    {
        await using var topology = await Topology.StartAsync(silos: 2, output);
        try
        {
            using var session = await ApiSession.SignInAsync(topology.ApiUrl);
            var (networkId, serviceId) = await session.Fixtures.NetworkWithServiceAsync("Direkte");
            var meeting = await session.Api.MutateAsync("createMeeting", "meeting", "MeetingInput", new
            {
                networkId,
                title = "Læringsmøte",
                startsAt = "2022-03-10T09:00:00+01:00",
                invitedServiceIds = new[] { serviceId },
            });
            var meetingId = meeting.GetProperty("id").GetString()!;

            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = Subscription, variables = new { id = meetingId } }),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await session.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("SUBSCRIBED", await NextKindAsync(events, TimeSpan.FromSeconds(15)));

            await session.Api.MutateAsync("openVoting", "voting", "OpenVotingInput", new { meetingId }, "state");

            Assert.Equal("VOTING_OPENED", await NextKindAsync(events, TimeSpan.FromSeconds(10)));
        }
        catch
        {
            topology.WriteLogs();
            throw;
        }
    }

    /// <summary>The kind of the next meeting event on the stream (keep-alive comments skipped).</summary>
    private static async Task<string?> NextKindAsync(StreamReader events, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
                continue;
            var data = JsonDocument.Parse(line["data:".Length..]).RootElement;
            if (data.TryGetProperty("data", out var result) && result.TryGetProperty("meetingEvents", out var meetingEvent))
                return meetingEvent.GetProperty("kind").GetString();
        }
        return null;
    }
}
