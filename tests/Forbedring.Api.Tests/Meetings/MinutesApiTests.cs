using System.Net;
using System.Net.Http.Headers;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>The minutes: read through GraphQL, downloaded as Markdown or a printable page, and fixed once the meeting is closed.</summary>
public sealed class MinutesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient http = factory.Admin();

    private static async Task<MeetingScene> HeldAsync(HttpClient http)
    {
        var scene = await MeetingScene.CreateAsync(http);
        await scene.ChangeStateAsync(http, "openMeeting");
        await scene.RecordAsync(http, scene.Nurse, "PRESENT");
        await scene.RecordAsync(http, scene.Tone, "EXCUSED");
        await scene.RecordAsync(http, scene.Outsider, "PRESENT", substituteForPersonId: scene.Tone);
        await http.MutateOkAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = scene.Meeting, what = "Dele sjekklisten", assigneeId = scene.Nurse, due = "2020-03-01" }, "id");
        return scene;
    }

    private static async Task<string> MinutesAsync(HttpClient client, MeetingScene scene, string field = "minutes")
    {
        var meeting = await scene.MeetingAsync(client, field);
        return meeting.GetProperty(field).GetString()!;
    }

    [Fact]
    public async Task The_minutes_hold_the_meeting_its_attendance_and_its_action_items_in_the_requests_language()
    {
        var scene = await HeldAsync(http);

        var minutes = await MinutesAsync(http, scene);

        Assert.StartsWith("# Samling 2: mål og første PDSA", minutes);
        Assert.Contains("- Ola Utenfor – vikar for Tone Berg, Smidsrød helsehus", minutes);
        Assert.Contains("**Forfall (1)**\n\n- Tone Berg – Smidsrød helsehus", minutes);
        Assert.Contains("| Dele sjekklisten | Siri Nilsen | 01.03.2020 | Åpen |", minutes);
        Assert.Contains("## Statusrapporter", minutes);

        var english = factory.Admin();
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        Assert.Contains("- Ola Utenfor – substitute for Tone Berg, Smidsrød helsehus", await MinutesAsync(english, scene));

        var html = await MinutesAsync(http, scene, "minutesHtml");
        Assert.Contains("<h1", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public async Task A_closed_meeting_keeps_the_minutes_it_was_closed_with_until_it_is_reopened()
    {
        var scene = await HeldAsync(http);
        await scene.ChangeStateAsync(http, "closeMeeting");
        var closed = await MinutesAsync(http, scene);
        Assert.Contains("_Referatet er låst: samlingen ble lukket", closed);

        // Work goes on after the meeting: the item is done and a person is renamed; the closed minutes stay as they were.
        var item = (await scene.MeetingAsync(http, "actionItems { id }")).GetProperty("actionItems")[0].Id();
        await http.MutateOkAsync("completeActionItem", "actionItem", "CompleteActionItemInput", new { meetingId = scene.Meeting, actionItemId = item }, "id");
        await http.MutateOkAsync("updatePerson", "person", "UpdatePersonInput",
            new { id = scene.Nurse, expectedVersion = 1, person = new { name = "Siri Nilsen Berg" } }, "id");
        Assert.Equal(closed, await MinutesAsync(http, scene));

        await scene.ChangeStateAsync(http, "reopenMeeting");
        var live = await MinutesAsync(http, scene);
        Assert.Contains("| Dele sjekklisten | Siri Nilsen Berg | 01.03.2020 | Utført |", live);
        Assert.Contains("_Utkast: samlingen er åpen", live);
    }

    [Fact]
    public async Task The_minutes_download_as_markdown_and_as_a_printable_page_within_the_security_policy()
    {
        var scene = await HeldAsync(http);
        var version = (await scene.MeetingAsync(http)).GetProperty("version").GetInt32();
        await http.MutateOkAsync("updateMeeting", "meeting", "UpdateMeetingInput", new
        {
            id = scene.Meeting, expectedVersion = version, title = "Samling 2 <script>alert(1)</script>",
            startsAt = "2020-02-04T09:00:00+01:00", agenda = "1. **Velkommen** <img src=x onerror=alert(1)>\n2. [lenke](javascript:alert(1))",
        }, "id");

        var markdown = await http.GetAsync($"/api/meetings/{scene.Meeting}/minutes.md");
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", markdown.Content.Headers.ContentType.CharSet);
        Assert.EndsWith(".md", markdown.Content.Headers.ContentDisposition!.FileNameStar ?? markdown.Content.Headers.ContentDisposition.FileName);
        var text = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith(@"# Samling 2 \<script\>alert(1)\</script\>", text);
        Assert.Contains("Smidsrød helsehus", text);

        var page = await http.GetAsync($"/api/meetings/{scene.Meeting}/minutes.html?lang=en");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<title>Samling 2 &lt;script&gt;alert(1)&lt;/script&gt;</title>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/api/meetings/minutes.css\">", html);
        Assert.Contains("<strong>Velkommen</strong>", html);
        Assert.Contains("Attendance", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain(" style=", html);

        var css = await factory.CreateClient().GetAsync("/api/meetings/minutes.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_downloads_follow_the_same_access_rules_as_the_meeting()
    {
        var scene = await HeldAsync(http);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/meetings/{scene.Meeting}/minutes.md")).StatusCode);
        var outsider = await factory.AsPersonAsync(scene.Outsider);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/meetings/{scene.Meeting}/minutes.html")).StatusCode);
        // Unknown reads like not yours to anyone but the administrator.
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/meetings/meeting_nope/minutes.md")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/meetings/meeting_nope/minutes.md")).StatusCode);

        var reader = await factory.AsPersonAsync(scene.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/meetings/{scene.Meeting}/minutes.md")).StatusCode);
    }
}
