using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Api.Tests.Voting;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>
/// A whole samling through the real endpoint: a service reports before it, the other never does; people come, vote
/// on insight cards and note a learning while everyone's screens hear it live; the facilitator closes it. The
/// minutes carry the reports, the chosen insight and the learning, the overview counts the reports delivered on time,
/// and the closed meeting refuses more voting.
/// </summary>
public sealed class HeldMeetingApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_held_meeting_gives_minutes_with_reports_insights_and_learnings_and_the_overview_counts_the_reports()
    {
        var scene = await VotingScene.CreateAsync(factory);
        var admin = scene.Admin;
        var (facilitatorId, facilitator) = await scene.MemberAsync("Hilde Myrvold", "FACILITATOR");
        var (siriId, siri) = await scene.StaffAsync("Siri Nilsen");
        // Two weeks ahead, so the report written now is on time.
        var meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new
        {
            networkId = scene.Network,
            title = "Samling 3",
            startsAt = DateTimeOffset.UtcNow.AddDays(14).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            invitedServiceIds = new[] { scene.Invited, scene.NotInvited },
        }, "id")).Id();

        await siri.MutateOkAsync("saveStatusReport", "statusReport", "SaveStatusReportInput",
            new { meetingId = meeting, serviceId = scene.Invited, tested = "Ny sjekkliste ved utskrivning", helpNeeded = "Vikarer i helgene", submit = true }, "id");
        await facilitator.MutateOkAsync("openMeeting", "meeting", "MeetingStateInput", new { id = meeting }, "id");

        await using var screen = await EventStream.OpenAsync(siri, Live.MeetingEventsLiveTests.Subscription, new { id = meeting });
        Assert.Equal("SUBSCRIBED", (await screen.NextAsync(TimeSpan.FromSeconds(10))).Data().GetProperty("meetingEvents").GetProperty("kind").GetString());

        await facilitator.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput", new { meetingId = meeting, personId = siriId, status = "PRESENT" }, "personId");
        var attended = await screen.MeetingEventAsync("ATTENDANCE_RECORDED", Second, subjectId: siriId);
        Assert.Equal(facilitatorId, attended.GetProperty("by").GetProperty("personId").GetString());

        var card = (await facilitator.MutateOkAsync("proposeInsightCard", "voting", "ProposeInsightCardInput",
            new { meetingId = meeting, title = "Min utfordring er også din" }, "cards { id }")).GetProperty("cards")[0].Id();
        await facilitator.MutateOkAsync("openVoting", "voting", "OpenVotingInput", new { meetingId = meeting }, "state");
        await siri.MutateOkAsync("castVote", "voting", "VoteInput", new { meetingId = meeting, cardId = card }, "state");
        await facilitator.MutateOkAsync("closeVoting", "voting", "CloseVotingInput", new { meetingId = meeting }, "state");
        await facilitator.MutateOkAsync("chooseInsightCard", "voting", "ChooseInsightCardInput",
            new { meetingId = meeting, cardId = card, valueForPatients = "Færre reinnleggelser" }, "state");

        var learning = (await facilitator.MutateOkAsync("addLearning", "learning", "AddLearningInput",
            new { networkId = scene.Network, text = "Start smått: én pasient, én vakt", tags = new[] { "pdsa" }, source = new { kind = "MEETING", id = meeting } }, "id")).Id();
        await screen.MeetingEventAsync("LEARNING_ADDED", Second, subjectId: learning);

        await facilitator.MutateOkAsync("closeMeeting", "meeting", "MeetingStateInput", new { id = meeting }, "id");
        await screen.MeetingEventAsync("MEETING_CHANGED", Second);

        var (_, body) = await siri.PostAsync("query($id: ID!) { meeting(id: $id) { minutes } }", new { id = meeting });
        var minutes = body.Data().GetProperty("meeting").GetProperty("minutes").GetString()!;
        Assert.Contains("### Helsehuset\n\n**Hva vi har testet**\n\nNy sjekkliste ved utskrivning", minutes);
        Assert.Contains("**Hva vi trenger hjelp til**\n\nVikarer i helgene", minutes);
        Assert.Contains("**Ikke rapportert:** Legevakta", minutes);
        Assert.Contains("- Min utfordring er også din (1 stemme) – for pasientene: Færre reinnleggelser", minutes);
        Assert.Contains("- Start smått: én pasient, én vakt – #pdsa", minutes);

        var reporting = await ReportingAsync(facilitator, scene.Network);
        Assert.Equal((1, 1, 1, 1.0), reporting["Helsehuset"]);
        Assert.Equal((1, 0, 0, 0.0), reporting["Legevakta"]);

        // The minutes are fixed: the voting of a closed meeting takes no more cards or votes, and counts none.
        var refused = await siri.PostAsync("mutation($v: VoteInput!) { castVote(input: $v) { errors { code field } voting { votesCast } } }",
            new { v = new { meetingId = meeting, cardId = card } });
        Assert.Equal("MEETING_CLOSED", refused.Body.Data().GetProperty("castVote").GetProperty("errors")[0].GetProperty("code").GetString());
        var proposed = await facilitator.PostAsync("mutation($v: ProposeInsightCardInput!) { proposeInsightCard(input: $v) { errors { code } } }",
            new { v = new { meetingId = meeting, title = "For sent" } });
        Assert.Equal("MEETING_CLOSED", proposed.Body.Data().GetProperty("proposeInsightCard").GetProperty("errors")[0].GetProperty("code").GetString());
        var (_, voting) = await siri.PostAsync("query($id: ID!) { meetingVoting(meetingId: $id) { votesCast cards { id } } }", new { id = meeting });
        Assert.Equal(1, voting.Data().GetProperty("meetingVoting").GetProperty("votesCast").GetInt32());
        Assert.Single(voting.Data().GetProperty("meetingVoting").GetProperty("cards").EnumerateArray());
    }

    private static async Task<Dictionary<string, (int Due, int Submitted, int OnTime, double Rate)>> ReportingAsync(HttpClient who, string networkId)
    {
        var (_, body) = await who.PostAsync("query($id: ID!) { networkOverview(networkId: $id) { services { name reporting { due submitted onTime onTimeRate } } } }", new { id = networkId });
        return body.Data().GetProperty("networkOverview").GetProperty("services").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!,
            s => s.GetProperty("reporting") is { ValueKind: JsonValueKind.Object } r
                ? (r.GetProperty("due").GetInt32(), r.GetProperty("submitted").GetInt32(), r.GetProperty("onTime").GetInt32(), r.GetProperty("onTimeRate").GetDouble())
                : (0, 0, 0, double.NaN));
    }
}
