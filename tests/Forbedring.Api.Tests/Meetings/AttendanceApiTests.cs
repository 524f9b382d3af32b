using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>Who is invited, who came, who stood in, and who recorded it: attendance through the real endpoint.</summary>
public sealed class AttendanceApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private const string AttendanceSelection =
        "attendance { personId person { name } status substituteForPersonId substituteFor { name } guest recorded { personId name } " +
        "history { status recorded { name } replaced { name } } }";

    private static IEnumerable<string> Problems(JsonElement errors) =>
        errors.EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("code").GetString()}");

    private static JsonElement Of(JsonElement meeting, string personId) =>
        meeting.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("personId").GetString() == personId);

    [Fact]
    public async Task The_invited_are_the_members_of_the_invited_services_and_the_networks_facilitators_and_participants_on_the_day()
    {
        var scene = await MeetingScene.CreateAsync(http);

        var meeting = await scene.MeetingAsync(http, "invitedPeople { personId services { id } networkRole }");

        var invited = meeting.GetProperty("invitedPeople").EnumerateArray().ToDictionary(i => i.GetProperty("personId").GetString()!);
        Assert.Equal(new[] { scene.Facilitator, scene.Leader, scene.Nurse, scene.Tone, scene.Gp }.Order(), invited.Keys.Order());
        Assert.Equal([scene.Home], invited[scene.Nurse].GetProperty("services").EnumerateArray().Select(s => s.Id()));
        Assert.Equal("FACILITATOR", invited[scene.Facilitator].GetProperty("networkRole").GetString());
        Assert.Equal("PARTICIPANT", invited[scene.Gp].GetProperty("networkRole").GetString());
    }

    [Fact]
    public async Task A_correction_keeps_the_earlier_record_with_who_recorded_it()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var asFacilitator = await factory.AsPersonAsync(scene.Facilitator);
        // Before the meeting opens only apologies come in.
        await scene.RecordAsync(asFacilitator, scene.Nurse, "EXCUSED");
        await scene.ChangeStateAsync(http, "openMeeting");

        var present = await scene.RecordAsync(http, scene.Nurse, "PRESENT");

        Assert.Equal("PRESENT", present.GetProperty("status").GetString());
        var nurse = Of(await scene.MeetingAsync(http, AttendanceSelection), scene.Nurse);
        Assert.Equal("Siri Nilsen", nurse.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("Ada Administrator", nurse.GetProperty("recorded").GetProperty("name").GetString());
        var earlier = Assert.Single(nurse.GetProperty("history").EnumerateArray());
        Assert.Equal("EXCUSED", earlier.GetProperty("status").GetString());
        Assert.Equal("Hilde Myrvold", earlier.GetProperty("recorded").GetProperty("name").GetString());
        Assert.Equal("Ada Administrator", earlier.GetProperty("replaced").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Someone_not_invited_comes_as_a_substitute_for_an_invited_person_or_as_a_guest()
    {
        var scene = await MeetingScene.CreateAsync(http);
        await scene.ChangeStateAsync(http, "openMeeting");
        await scene.RecordAsync(http, scene.Tone, "EXCUSED");

        await scene.RecordAsync(http, scene.Outsider, "PRESENT", substituteForPersonId: scene.Tone);
        await scene.RecordAsync(http, scene.Reader, "PRESENT", guest: true);

        var meeting = await scene.MeetingAsync(http, AttendanceSelection);
        var substitute = Of(meeting, scene.Outsider);
        Assert.Equal("Tone Berg", substitute.GetProperty("substituteFor").GetProperty("name").GetString());
        Assert.False(substitute.GetProperty("guest").GetBoolean());
        Assert.True(Of(meeting, scene.Reader).GetProperty("guest").GetBoolean());
    }

    [Fact]
    public async Task Bad_attendance_is_refused_with_its_reason_and_nothing_is_recorded()
    {
        var scene = await MeetingScene.CreateAsync(http);

        Assert.Equal(["NOT_OPEN_YET"], (await scene.RecordErrorsAsync(http, scene.Nurse, "PRESENT")).Codes());
        await scene.ChangeStateAsync(http, "openMeeting");
        var notInvited = await scene.RecordErrorsAsync(http, scene.Outsider, "PRESENT");
        Assert.Equal(["NOT_INVITED"], notInvited.Codes());
        Assert.Equal("personId", notInvited[0].GetProperty("field").GetString());
        Assert.Contains("vikar", notInvited[0].GetProperty("messageNb").GetString());
        Assert.Contains("guest", notInvited[0].GetProperty("messageEn").GetString());
        Assert.Equal(["guest:INVALID"], Problems(await scene.RecordErrorsAsync(http, scene.Outsider, "PRESENT", scene.Tone, guest: true)));
        Assert.Equal(["substituteForPersonId:INVALID"], Problems(await scene.RecordErrorsAsync(http, scene.Outsider, "PRESENT", scene.Reader)));
        Assert.Equal(["status:INVALID"], Problems(await scene.RecordErrorsAsync(http, scene.Outsider, "EXCUSED", scene.Tone)));
        Assert.Equal(["NOT_FOUND"], (await scene.RecordErrorsAsync(http, "person_nope", "PRESENT")).Codes());
        var unknownMeeting = await http.MutateErrorsAsync("recordAttendance", "attendance", "RecordAttendanceInput",
            new { meetingId = "meeting_nope", personId = scene.Nurse, status = "PRESENT" });
        Assert.Equal(["NOT_FOUND"], unknownMeeting.Codes());
        Assert.Equal(0, (await scene.MeetingAsync(http, AttendanceSelection)).GetProperty("attendance").GetArrayLength());

        await scene.RecordAsync(http, scene.Nurse, "PRESENT");
        await scene.ChangeStateAsync(http, "closeMeeting");
        var closed = await scene.RecordErrorsAsync(http, scene.Nurse, "ABSENT");
        Assert.Equal(["MEETING_CLOSED"], closed.Codes());
        Assert.Equal("PRESENT", Of(await scene.MeetingAsync(http, AttendanceSelection), scene.Nurse).GetProperty("status").GetString());

        // Reopened, the facilitator may correct it.
        await scene.ChangeStateAsync(http, "reopenMeeting");
        await scene.RecordAsync(http, scene.Nurse, "ABSENT");
    }

    [Fact]
    public async Task A_person_records_their_own_attendance_but_nobody_elses()
    {
        var scene = await MeetingScene.CreateAsync(http);
        var asNurse = await factory.AsPersonAsync(scene.Nurse);

        var own = await scene.RecordAsync(asNurse, scene.Nurse, "EXCUSED");
        Assert.Equal(scene.Nurse, own.GetProperty("recorded").GetProperty("personId").GetString());

        var (_, other) = await asNurse.PostAsync(
            "mutation($v: RecordAttendanceInput!) { recordAttendance(input: $v) { errors { code } } }",
            new { v = new { meetingId = scene.Meeting, personId = scene.Tone, status = "EXCUSED" } });
        Assert.Equal("FORBIDDEN", other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // Someone outside the network may not even record themselves: they cannot read the meeting.
        var asOutsider = await factory.AsPersonAsync(scene.Outsider);
        var (_, outside) = await asOutsider.PostAsync(
            "mutation($v: RecordAttendanceInput!) { recordAttendance(input: $v) { errors { code } } }",
            new { v = new { meetingId = scene.Meeting, personId = scene.Outsider, status = "EXCUSED" } });
        Assert.Equal("FORBIDDEN", outside.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var recorded = (await scene.MeetingAsync(http, AttendanceSelection)).GetProperty("attendance").EnumerateArray().Select(a => a.GetProperty("personId").GetString());
        Assert.Equal([scene.Nurse], recorded);
    }
}
