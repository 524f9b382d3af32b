using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>Action items: who does what by when, per meeting and per person, and who may see and complete them.</summary>
public sealed class ActionItemApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private const string ItemSelection = "id what assigneeId assignee { name } due done created { name } doneChanged { name } meeting { id }";

    private static Task<JsonElement> AddAsync(HttpClient client, string meetingId, string what, string assigneeId, string? due = null) =>
        client.MutateOkAsync("addActionItem", "actionItem", "AddActionItemInput", new { meetingId, what, assigneeId, due }, ItemSelection);

    private static async Task<JsonElement> PersonItemsAsync(HttpClient client, string personId, string? networkId = null)
    {
        var (_, body) = await client.PostAsync("query($p: ID!, $n: ID) { actionItems(personId: $p, networkId: $n) { id what done networkId } }", new { p = personId, n = networkId });
        return body;
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    [Fact]
    public async Task The_facilitator_adds_items_to_the_meeting_and_the_assignee_finds_them_in_their_own_list()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var asFacilitator = await factory.AsPersonAsync(scene.Facilitator);

        var first = await AddAsync(asFacilitator, scene.Meeting, "Dele sjekklisten med hjemmetjenestene", scene.Tone, "2020-03-01");
        await AddAsync(asFacilitator, scene.Meeting, "Avtale felles møte med tjenestekontoret", scene.Leader);
        var later = await AddAsync(asFacilitator, scene.Meeting, "Måle ventetid i fire uker", scene.Tone, "2020-02-20");

        Assert.Equal("Tone Berg", first.GetProperty("assignee").GetProperty("name").GetString());
        Assert.Equal("Hilde Myrvold", first.GetProperty("created").GetProperty("name").GetString());
        Assert.False(first.GetProperty("done").GetBoolean());
        var meeting = await scene.MeetingAsync(http, "actionItems { what }");
        Assert.Equal(3, meeting.GetProperty("actionItems").GetArrayLength());

        var asTone = await factory.AsPersonAsync(scene.Tone);
        var own = (await PersonItemsAsync(asTone, scene.Tone)).Data().GetProperty("actionItems");
        Assert.Equal([later.Id(), first.Id()], own.EnumerateArray().Select(i => i.Id()));
    }

    [Fact]
    public async Task Bad_items_are_refused_field_by_field_and_nothing_is_added()
    {
        var scene = await MeetingScene.CreateAsync(http);

        var errors = await http.MutateErrorsAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = " ", assigneeId = scene.Outsider, due = "2020-01-01" });
        Assert.Equal(["assigneeId:INVALID", "due:DATES_OUT_OF_ORDER", "what:REQUIRED"],
            errors.EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("code").GetString()}").Order());
        Assert.Equal(["what"], (await http.MutateErrorsAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = new string('x', 2001), assigneeId = scene.Tone })).Fields());
        Assert.Equal(["PATIENT_IDENTIFIABLE"], (await http.MutateErrorsAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = "Følge opp 15067543278", assigneeId = scene.Tone })).Codes());
        Assert.Equal(["NOT_FOUND"], (await http.MutateErrorsAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = "Noe", assigneeId = "person_nope" })).Codes());
        Assert.Equal(0, (await scene.MeetingAsync(http, "actionItems { id }")).GetProperty("actionItems").GetArrayLength());

        await scene.ChangeStateAsync(http, "openMeeting");
        await scene.ChangeStateAsync(http, "closeMeeting");
        Assert.Equal(["MEETING_CLOSED"], (await http.MutateErrorsAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = "For sent", assigneeId = scene.Tone })).Codes());
    }

    [Fact]
    public async Task A_substitute_or_guest_recorded_at_the_meeting_may_be_given_an_item()
    {
        var scene = await MeetingScene.CreateAsync(http);
        await scene.ChangeStateAsync(http, "openMeeting");
        await scene.RecordAsync(http, scene.Outsider, "PRESENT", guest: true);

        var item = await AddAsync(http, scene.Meeting, "Fortelle om erfaringene fra Utenfor", scene.Outsider);

        Assert.Equal(scene.Outsider, item.GetProperty("assigneeId").GetString());
    }

    [Fact]
    public async Task The_assignee_completes_their_own_item_also_after_the_meeting_is_closed_and_nobody_else_but_the_facilitator_may()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var item = await AddAsync(http, scene.Meeting, "Sende legemiddellisten samme dag", scene.Tone);
        await scene.ChangeStateAsync(http, "openMeeting");
        await scene.ChangeStateAsync(http, "closeMeeting");
        const string Complete = "mutation($v: CompleteActionItemInput!) { completeActionItem(input: $v) { actionItem { done doneChanged { name } } errors { code } } }";

        var asNurse = await factory.AsPersonAsync(scene.Nurse);
        var (_, refused) = await asNurse.PostAsync(Complete, new { v = new { meetingId = scene.Meeting, actionItemId = item.Id() } });
        Assert.Equal("FORBIDDEN", Code(refused));

        var asTone = await factory.AsPersonAsync(scene.Tone);
        var (_, done) = await asTone.PostAsync(Complete, new { v = new { meetingId = scene.Meeting, actionItemId = item.Id() } });
        var completed = done.Data().GetProperty("completeActionItem").GetProperty("actionItem");
        Assert.True(completed.GetProperty("done").GetBoolean());
        Assert.Equal("Tone Berg", completed.GetProperty("doneChanged").GetProperty("name").GetString());

        var asFacilitator = await factory.AsPersonAsync(scene.Facilitator);
        var (_, undone) = await asFacilitator.PostAsync(Complete, new { v = new { meetingId = scene.Meeting, actionItemId = item.Id(), done = false } });
        Assert.False(undone.Data().GetProperty("completeActionItem").GetProperty("actionItem").GetProperty("done").GetBoolean());

        var (_, unknown) = await http.PostAsync(Complete, new { v = new { meetingId = scene.Meeting, actionItemId = "action_nope" } });
        Assert.Equal("NOT_FOUND", unknown.Data().GetProperty("completeActionItem").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_persons_list_is_theirs_and_with_a_network_also_its_facilitators_but_only_that_networks_items()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var other = await MeetingScene.CreateAsync(http);
        // Tone came to the second network's meeting as a guest and took an item home from it.
        await other.ChangeStateAsync(http, "openMeeting");
        await other.RecordAsync(http, scene.Tone, "PRESENT", guest: true);
        var mine = await AddAsync(http, scene.Meeting, "I nettverket", scene.Tone);
        await AddAsync(http, other.Meeting, "I det andre nettverket", scene.Tone);

        var asTone = await factory.AsPersonAsync(scene.Tone);
        Assert.Equal(2, (await PersonItemsAsync(asTone, scene.Tone)).Data().GetProperty("actionItems").GetArrayLength());

        var asFacilitator = await factory.AsPersonAsync(scene.Facilitator);
        var facilitated = (await PersonItemsAsync(asFacilitator, scene.Tone, scene.Network)).Data().GetProperty("actionItems");
        Assert.Equal([mine.Id()], facilitated.EnumerateArray().Select(i => i.Id()));
        Assert.Equal("FORBIDDEN", Code(await PersonItemsAsync(asFacilitator, scene.Tone)));
        Assert.Equal("FORBIDDEN", Code(await PersonItemsAsync(asFacilitator, scene.Tone, other.Network)));

        var asLeader = await factory.AsPersonAsync(scene.Leader);
        Assert.Equal("FORBIDDEN", Code(await PersonItemsAsync(asLeader, scene.Tone, scene.Network)));
        Assert.Equal("UNAUTHENTICATED", Code(await PersonItemsAsync(factory.CreateClient(), scene.Tone)));
    }
}
