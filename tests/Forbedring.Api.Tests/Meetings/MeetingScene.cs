using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Meetings;

/// <summary>
/// A small learning network built through the api, with memberships dated before the meeting
/// (invitations are taken on the meeting's day): «Hjemmetjenester» (leader Bjørn, nurse Siri),
/// «Smidsrød helsehus» (nurse Tone), both in the network; the facilitator Hilde, the participant
/// Marte (fastlege), the reader Espen; «Utenfor» with Ola outside the network; and a meeting on
/// 4 February 2020 inviting both services.
/// </summary>
public sealed record MeetingScene(
    string Network, string Home, string Helsehus, string Outside,
    string Facilitator, string Leader, string Nurse, string Tone, string Gp, string Reader, string Outsider,
    string Meeting)
{
    public const string MeetingSelection = "id state version title startsAt endsAt place videoLink agenda closed { name } invitedServices { id }";

    public static async Task<MeetingScene> CreateAsync(HttpClient admin, string startsAt = "2020-02-04T09:00:00+01:00")
    {
        async Task<string> PersonAsync(string name) => (await admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name }, "id")).Id();
        async Task<string> ServiceAsync(string name) => (await admin.MutateOkAsync("createService", "service", "ServiceInput", new { name }, "id")).Id();
        Task ServiceMemberAsync(string serviceId, string personId, string role) =>
            admin.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId, personId, role, since = "2019-01-01" }, "id");

        var network = (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Gode overganger (test)" }, "id")).Id();
        var home = await ServiceAsync("Hjemmetjenester");
        var helsehus = await ServiceAsync("Smidsrød helsehus");
        var outside = await ServiceAsync("Utenfor");
        foreach (var service in new[] { home, helsehus })
            await admin.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = network, serviceId = service, date = "2019-12-03" }, "id");

        var facilitator = await PersonAsync("Hilde Myrvold");
        var leader = await PersonAsync("Bjørn Andersen");
        var nurse = await PersonAsync("Siri Nilsen");
        var tone = await PersonAsync("Tone Berg");
        var gp = await PersonAsync("Marte Solberg");
        var reader = await PersonAsync("Espen Tangen");
        var outsider = await PersonAsync("Ola Utenfor");
        await ServiceMemberAsync(home, leader, "LEADER");
        await ServiceMemberAsync(home, nurse, "STAFF");
        await ServiceMemberAsync(helsehus, tone, "STAFF");
        await ServiceMemberAsync(outside, outsider, "STAFF");
        foreach (var (person, role) in new[] { (facilitator, "FACILITATOR"), (gp, "PARTICIPANT"), (reader, "READER") })
            await admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId = network, personId = person, role, date = "2019-11-12" }, "id");

        var meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new
        {
            networkId = network,
            title = "Samling 2: mål og første PDSA",
            startsAt,
            endsAt = DateTimeOffset.Parse(startsAt).AddHours(6).ToString("yyyy-MM-ddTHH:mm:sszzz"),
            place = "Rådhuset",
            agenda = "1. Velkommen\n2. Status fra tjenestene",
        }, "id")).Id();
        return new MeetingScene(network, home, helsehus, outside, facilitator, leader, nurse, tone, gp, reader, outsider, meeting);
    }

    public async Task<JsonElement> MeetingAsync(HttpClient http, string selection = MeetingSelection)
    {
        var (_, body) = await http.PostAsync($"query($id: ID!) {{ meeting(id: $id) {{ {selection} }} }}", new { id = Meeting });
        return body.Data().GetProperty("meeting");
    }

    public Task<JsonElement> ChangeStateAsync(HttpClient http, string mutation, int? expectedVersion = null) =>
        http.MutateOkAsync(mutation, "meeting", "MeetingStateInput", new { id = Meeting, expectedVersion }, MeetingSelection);

    public Task<JsonElement> RecordAsync(HttpClient http, string personId, string status, string? substituteForPersonId = null, bool? guest = null) =>
        http.MutateOkAsync("recordAttendance", "attendance", "RecordAttendanceInput",
            new { meetingId = Meeting, personId, status, substituteForPersonId, guest }, "personId status substituteForPersonId guest recorded { personId name }");

    public Task<JsonElement> RecordErrorsAsync(HttpClient http, string personId, string status, string? substituteForPersonId = null, bool? guest = null) =>
        http.MutateErrorsAsync("recordAttendance", "attendance", "RecordAttendanceInput",
            new { meetingId = Meeting, personId, status, substituteForPersonId, guest });
}
