using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>Editing a meeting with its version, and its way from planned through open to closed and back.</summary>
public sealed class MeetingLifecycleApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private Task<JsonElement> UpdateAsync(MeetingScene scene, int expectedVersion, object? changes = null) =>
        http.MutateOkAsync("updateMeeting", "meeting", "UpdateMeetingInput", Update(scene, expectedVersion, changes), MeetingScene.MeetingSelection);

    private static Dictionary<string, object?> Update(MeetingScene scene, int expectedVersion, object? changes = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["id"] = scene.Meeting, ["expectedVersion"] = expectedVersion, ["title"] = "Samling 2: mål, målinger og første PDSA",
            ["startsAt"] = "2020-02-04T10:00:00+01:00", ["endsAt"] = "2020-02-04T15:30:00+01:00", ["place"] = "Helsehuset, møterom 2",
            ["videoLink"] = "https://video.example/samling2", ["agenda"] = "1. Velkommen\n2. **Målinger**",
        };
        foreach (var property in changes?.GetType().GetProperties() ?? [])
            input[property.Name] = property.GetValue(changes);
        return input;
    }

    [Fact]
    public async Task The_facilitator_edits_every_detail_and_the_version_moves_on()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var before = await scene.MeetingAsync(http);

        var updated = await UpdateAsync(scene, before.GetProperty("version").GetInt32(), new { invitedServiceIds = new[] { scene.Home } });

        Assert.Equal("Samling 2: mål, målinger og første PDSA", updated.GetProperty("title").GetString());
        Assert.Equal("Helsehuset, møterom 2", updated.GetProperty("place").GetString());
        Assert.Equal("https://video.example/samling2", updated.GetProperty("videoLink").GetString());
        Assert.Equal([scene.Home], updated.GetProperty("invitedServices").EnumerateArray().Select(s => s.Id()));
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, updated.GetProperty("version").GetInt32());
        // Leaving out the invited services keeps them.
        var kept = await UpdateAsync(scene, updated.GetProperty("version").GetInt32());
        Assert.Equal([scene.Home], kept.GetProperty("invitedServices").EnumerateArray().Select(s => s.Id()));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_the_later_edit_stays()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var version = (await scene.MeetingAsync(http)).GetProperty("version").GetInt32();
        await UpdateAsync(scene, version, new { title = "Først" });

        var errors = await http.MutateErrorsAsync("updateMeeting", "meeting", "UpdateMeetingInput", Update(scene, version, new { title = "Sist" }));

        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], errors.Codes());
        Assert.Equal("expectedVersion", errors[0].GetProperty("field").GetString());
        Assert.Contains("Last inn på nytt", errors[0].GetProperty("messageNb").GetString());
        Assert.Equal("Først", (await scene.MeetingAsync(http)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bad_edits_are_refused_field_by_field_and_nothing_changes()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var before = await scene.MeetingAsync(http);

        var errors = await http.MutateErrorsAsync("updateMeeting", "meeting", "UpdateMeetingInput", Update(scene, before.GetProperty("version").GetInt32(), new
        {
            title = new string('x', 201),
            endsAt = "2020-02-04T08:00:00+01:00",
            videoLink = "javascript:alert(1)",
            agenda = "Pasient 15067543278 tas opp",
            invitedServiceIds = new[] { scene.Outside },
        }));

        Assert.Equal(["agenda:PATIENT_IDENTIFIABLE", "endsAt:DATES_OUT_OF_ORDER", "invitedServiceIds:INVALID", "title:TOO_LONG", "videoLink:INVALID"],
            errors.EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("code").GetString()}").Order());
        Assert.All(errors.EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageNb").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageEn").GetString()));
        });
        Assert.Equal(before.ToString(), (await scene.MeetingAsync(http)).ToString());
    }

    [Fact]
    public async Task A_meeting_is_opened_closed_by_whom_and_reopened_and_a_closed_meeting_refuses_edits()
    {
        var scene = await MeetingScene.CreateAsync(http);

        Assert.Equal("OPEN", (await scene.ChangeStateAsync(http, "openMeeting")).GetProperty("state").GetString());
        var closed = await scene.ChangeStateAsync(http, "closeMeeting");
        Assert.Equal("CLOSED", closed.GetProperty("state").GetString());
        Assert.Equal("Ada Administrator", closed.GetProperty("closed").GetProperty("name").GetString());

        var errors = await http.MutateErrorsAsync("updateMeeting", "meeting", "UpdateMeetingInput", Update(scene, closed.GetProperty("version").GetInt32()));
        Assert.Equal(["MEETING_CLOSED"], errors.Codes());
        Assert.Contains("gjenåpne", errors[0].GetProperty("messageNb").GetString());
        Assert.Contains("reopen", errors[0].GetProperty("messageEn").GetString());

        Assert.Equal(["STATUS_TRANSITION"], (await http.MutateErrorsAsync("openMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting })).Codes());
        var reopened = await scene.ChangeStateAsync(http, "reopenMeeting");
        Assert.Equal("OPEN", reopened.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closed").ValueKind);
        await UpdateAsync(scene, reopened.GetProperty("version").GetInt32(), new { title = "Rettet etter samlingen" });
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_and_staying_put_changes_nothing()
    {
        var scene = await MeetingScene.CreateAsync(http);

        var close = await http.MutateErrorsAsync("closeMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting });
        Assert.Equal(["STATUS_TRANSITION"], close.Codes());
        Assert.Equal("En planlagt samling kan ikke lukkes (planlagt → åpen → lukket; en lukket samling kan gjenåpnes).", close[0].GetProperty("messageNb").GetString());
        Assert.StartsWith("A planned meeting cannot be closed", close[0].GetProperty("messageEn").GetString());
        Assert.Equal(["STATUS_TRANSITION"], (await http.MutateErrorsAsync("reopenMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting })).Codes());

        var opened = await scene.ChangeStateAsync(http, "openMeeting");
        var again = await scene.ChangeStateAsync(http, "openMeeting");
        Assert.Equal(opened.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());
        var stale = await http.MutateErrorsAsync("closeMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting, expectedVersion = 1 });
        Assert.Equal(["CHANGED_BY_SOMEONE_ELSE"], stale.Codes());
        Assert.Equal("OPEN", (await scene.MeetingAsync(http)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Unknown_meetings_and_archived_networks_are_refused()
    {
        var scene = await MeetingScene.CreateAsync(http);

        var unknown = await http.MutateErrorsAsync("openMeeting", "meeting", "MeetingStateInput", new { id = "meeting_nope" });
        Assert.Equal(["NOT_FOUND"], unknown.Codes());

        await http.MutateOkAsync("archiveNetwork", "network", "ArchiveNetworkInput", new { id = scene.Network, archived = true }, "id");
        var archived = await http.MutateErrorsAsync("openMeeting", "meeting", "MeetingStateInput", new { id = scene.Meeting });
        Assert.Equal(["ARCHIVED"], archived.Codes());
        Assert.Equal("PLANNED", (await scene.MeetingAsync(http)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Only_the_networks_facilitators_change_a_meeting()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var asFacilitator = await factory.AsPersonAsync(scene.Facilitator);
        var asLeader = await factory.AsPersonAsync(scene.Leader);

        await scene.ChangeStateAsync(asFacilitator, "openMeeting");
        var (_, refused) = await asLeader.PostAsync("mutation($id: ID!) { closeMeeting(input: { id: $id }) { errors { code } } }", new { id = scene.Meeting });

        Assert.Equal("FORBIDDEN", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("OPEN", (await scene.MeetingAsync(http)).GetProperty("state").GetString());
    }
}
