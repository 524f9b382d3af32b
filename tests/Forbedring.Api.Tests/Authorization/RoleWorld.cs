using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Authorization;

public enum Role { Administrator, Facilitator, Leader, Staff, Reader, StaffOfAnotherServiceInTheNetwork, StaffOutsideTheNetwork, SignedOut }

/// <summary>
/// One small installation with someone in every role, built through the API as the administrator:
/// network «Nord» with the facilitator and a reader; service «Helsehuset» in it with a leader and
/// staff, its area, measure, change idea and PDSA cycle; «Nabotjenesten» in the same network with
/// staff of its own; and network «Sør» whose service «Utenfor» has staff who belong nowhere near
/// «Nord». «Helsehuset» also takes part in «Sør», with an area there. Two meetings of «Nord»
/// (every service invited) vote on insight cards: at the first the voting is open, at the second
/// it has closed. The first has a status report from «Helsehuset», and a learning.
/// </summary>
public sealed class RoleWorld : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();
    public string Network { get; private set; } = "";
    public string OtherNetwork { get; private set; } = "";
    public string Service { get; private set; } = "";
    public string Area { get; private set; } = "";
    public string AreaInOtherNetwork { get; private set; } = "";
    public string Measure { get; private set; } = "";
    public string ChangeIdea { get; private set; } = "";
    public string Cycle { get; private set; } = "";
    public string Meeting { get; private set; } = "";
    public string Card { get; private set; } = "";
    public string VotedMeeting { get; private set; } = "";
    public string ClosedCard { get; private set; } = "";

    /// <summary>Meetings ahead, so today's members are invited: one planned (with an action item for the staff), one open, one closed.</summary>
    public string UpcomingMeeting { get; private set; } = "";
    public string OpenMeeting { get; private set; } = "";
    public string ClosedMeeting { get; private set; } = "";
    public string ActionItem { get; private set; } = "";
    public string StatusReport { get; private set; } = "";
    public string Learning { get; private set; } = "";
    public string StaffPerson { get; private set; } = "";
    public Dictionary<Role, string> People { get; } = [];
    private readonly Dictionary<Role, HttpClient> clients = [];

    public HttpClient Client(Role role) => clients[role];

    public async Task InitializeAsync()
    {
        var admin = await Factory.AdminAsync();
        async Task<string> PersonAsync(string name) =>
            (await admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name }, "id")).Id();
        async Task<string> NetworkAsync(string name) =>
            (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name }, "id")).Id();
        async Task<string> ServiceAsync(string name, params string[] networks)
        {
            var id = (await admin.MutateOkAsync("createService", "service", "ServiceInput", new { name }, "id")).Id();
            foreach (var networkId in networks)
                await admin.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId, serviceId = id }, "id");
            return id;
        }
        Task NetworkRoleAsync(string networkId, Role role, string as_) =>
            admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId, personId = People[role], role = as_ }, "id");
        Task ServiceRoleAsync(string serviceId, Role role, string as_) =>
            admin.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId, personId = People[role], role = as_ }, "id");

        foreach (var role in Enum.GetValues<Role>().Where(r => r is not Role.Administrator and not Role.SignedOut))
            People[role] = await PersonAsync($"Person som {role}");
        StaffPerson = People[Role.Staff];

        Network = await NetworkAsync("Nord");
        OtherNetwork = await NetworkAsync("Sør");
        Service = await ServiceAsync("Helsehuset", Network, OtherNetwork);
        var neighbour = await ServiceAsync("Nabotjenesten", Network);
        var outside = await ServiceAsync("Utenfor", OtherNetwork);

        await NetworkRoleAsync(Network, Role.Facilitator, "FACILITATOR");
        await NetworkRoleAsync(Network, Role.Reader, "READER");
        await ServiceRoleAsync(Service, Role.Leader, "LEADER");
        await ServiceRoleAsync(Service, Role.Staff, "STAFF");
        await ServiceRoleAsync(neighbour, Role.StaffOfAnotherServiceInTheNetwork, "STAFF");
        await ServiceRoleAsync(outside, Role.StaffOutsideTheNetwork, "STAFF");

        Area = await AreaAsync(admin, Network, "Trygg utskrivning");
        AreaInOtherNetwork = await AreaAsync(admin, OtherNetwork, "Hemmelig i Sør");
        ChangeIdea = (await admin.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId = Area, title = "Samtale før hjemreise" }, "changeIdeas { id }"))
            .GetProperty("changeIdeas")[0].Id();
        Measure = (await admin.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = Area, definition = new { name = "Samtaler", kind = "PROCESS", dataKind = "PROPORTION", frequency = "WEEK", better = "UP" } }, "id")).Id();
        Cycle = (await admin.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId = Area, changeIdeaId = ChangeIdea, plan = new { objective = "Prøve samtalen" } }, "id")).Id();

        Meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = Network, title = "Første samling", startsAt = "2024-03-01T09:00:00+01:00" }, "id")).Id();
        Card = await CardAsync(admin, Meeting, "Lange reiser til helsehjelp");
        await admin.MutateOkAsync("openVoting", "voting", "OpenVotingInput", new { meetingId = Meeting }, "state");
        VotedMeeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = Network, title = "Andre samling", startsAt = "2024-06-01T09:00:00+02:00" }, "id")).Id();
        ClosedCard = await CardAsync(admin, VotedMeeting, "Godt samarbeid i kommunen");
        await admin.MutateOkAsync("openVoting", "voting", "OpenVotingInput", new { meetingId = VotedMeeting }, "state");
        await admin.MutateOkAsync("closeVoting", "voting", "CloseVotingInput", new { meetingId = VotedMeeting }, "state");

        async Task<string> UpcomingAsync(string title, params string[] states)
        {
            var id = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
                new { networkId = Network, title, startsAt = DateTimeOffset.UtcNow.AddDays(60).ToString("yyyy-MM-ddTHH:mm:ssZ") }, "id")).Id();
            foreach (var state in states)
                await admin.MutateOkAsync(state, "meeting", "MeetingStateInput", new { id }, "id");
            return id;
        }
        UpcomingMeeting = await UpcomingAsync("Neste samling");
        OpenMeeting = await UpcomingAsync("Samling som pågår", "openMeeting");
        ClosedMeeting = await UpcomingAsync("Lukket samling", "openMeeting", "closeMeeting");
        ActionItem = (await admin.MutateOkAsync("addActionItem", "actionItem", "AddActionItemInput",
            new { meetingId = UpcomingMeeting, what = "Dele erfaringene fra samtalen", assigneeId = StaffPerson }, "id")).Id();
        StatusReport = (await admin.MutateOkAsync("saveStatusReport", "statusReport", "SaveStatusReportInput",
            new { meetingId = Meeting, serviceId = Service, learned = "Samtalen virker" }, "id")).Id();
        Learning = (await admin.MutateOkAsync("addLearning", "learning", "AddLearningInput",
            new { networkId = Network, text = "Fast tidspunkt hjelper", source = new { kind = "MEETING", id = Meeting } }, "id")).Id();

        clients[Role.Administrator] = admin;
        clients[Role.SignedOut] = Factory.CreateClient();
        foreach (var (role, person) in People)
            clients[role] = await Factory.AsPersonAsync(person);
    }

    private static async Task<string> CardAsync(HttpClient admin, string meetingId, string title) =>
        (await admin.MutateOkAsync("proposeInsightCard", "voting", "ProposeInsightCardInput", new { meetingId, title }, "cards { id }"))
            .GetProperty("cards")[0].Id();

    private async Task<string> AreaAsync(HttpClient admin, string networkId, string title) =>
        (await admin.MutateOkAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId, serviceId = Service, title }, "id")).Id();

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The meeting's version now, for an edit that every allowed role makes in turn.</summary>
    public int MeetingVersion(string id)
    {
        var (_, body) = clients[Role.Administrator].PostAsync("query($id: ID!) { meeting(id: $id) { version } }", new { id }).GetAwaiter().GetResult();
        return body.Data().GetProperty("meeting").GetProperty("version").GetInt32();
    }

    /// <summary>The codes of the request's top-level errors (empty when it ran).</summary>
    public static IReadOnlyList<string> ErrorCodes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList()
            : [];
}
