using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Voting;

/// <summary>
/// A meeting to vote at, built through the API as the administrator (who, having made the network,
/// is its facilitator): network «Dialogmøtet» with service «Helsehuset» invited to the meeting and
/// «Legevakta» in the network but not invited. People are added as the test needs them.
/// </summary>
public sealed class VotingScene
{
    public const string Selection = "state votesPerPerson maxVotesPerCard resultsVisible votesLeft votesCast voters cards { id title description votes myVotes chosen valueForPatients }";

    private VotingScene(ApiFactory factory, HttpClient admin) => (Factory, Admin) = (factory, admin);

    public ApiFactory Factory { get; }
    public HttpClient Admin { get; }
    public string Network { get; private set; } = "";
    public string Meeting { get; private set; } = "";
    public string Invited { get; private set; } = "";
    public string NotInvited { get; private set; } = "";

    public static async Task<VotingScene> CreateAsync(ApiFactory factory)
    {
        var scene = new VotingScene(factory, await factory.AdminAsync());
        var admin = scene.Admin;
        scene.Network = (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Dialogmøtet" }, "id")).Id();
        scene.Invited = await scene.ServiceAsync("Helsehuset");
        scene.NotInvited = await scene.ServiceAsync("Legevakta");
        scene.Meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput", new
        {
            networkId = scene.Network,
            title = "Innsiktsverksted",
            startsAt = "2022-03-10T09:00:00+01:00",
            invitedServiceIds = new[] { scene.Invited },
        }, "id")).Id();
        return scene;
    }

    private async Task<string> ServiceAsync(string name)
    {
        var id = (await Admin.MutateOkAsync("createService", "service", "ServiceInput", new { name }, "id")).Id();
        await Admin.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId = Network, serviceId = id }, "id");
        return id;
    }

    /// <summary>A new person on the staff of a service (the invited one unless told), signed in.</summary>
    public async Task<(string Id, HttpClient Client)> StaffAsync(string name, string? serviceId = null)
    {
        var id = await PersonAsync(name);
        await Admin.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = serviceId ?? Invited, personId = id, role = "STAFF" }, "id");
        return (id, await Factory.AsPersonAsync(id));
    }

    /// <summary>A new member of the network itself (since a month ago), signed in.</summary>
    public async Task<(string Id, HttpClient Client)> MemberAsync(string name, string role = "PARTICIPANT")
    {
        var id = await PersonAsync(name);
        await Admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput",
            new { networkId = Network, personId = id, role, date = DaysAgo(30) }, "id");
        return (id, await Factory.AsPersonAsync(id));
    }

    private async Task<string> PersonAsync(string name) =>
        (await Admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name }, "id")).Id();

    /// <summary>A day in the past, as the API takes dates.</summary>
    public static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-days)).ToString("yyyy-MM-dd");

    public Task<JsonElement> OpenAsync(object? settings = null) =>
        Admin.MutateOkAsync("openVoting", "voting", "OpenVotingInput", Input(settings), Selection);

    public Task<JsonElement> CloseAsync() =>
        Admin.MutateOkAsync("closeVoting", "voting", "CloseVotingInput", new { meetingId = Meeting }, Selection);

    public async Task<string> CardAsync(HttpClient who, string title, string? description = null)
    {
        var voting = await who.MutateOkAsync("proposeInsightCard", "voting", "ProposeInsightCardInput", new { meetingId = Meeting, title, description }, Selection);
        return voting.GetProperty("cards").EnumerateArray().Last(c => c.GetProperty("title").GetString() == title).Id();
    }

    public Task<JsonElement> VoteAsync(HttpClient who, string cardId) =>
        who.MutateOkAsync("castVote", "voting", "VoteInput", new { meetingId = Meeting, cardId }, Selection);

    public async Task<JsonElement> VotingAsync(HttpClient who)
    {
        var (_, body) = await who.PostAsync($"query($id: ID!) {{ meetingVoting(meetingId: $id) {{ {Selection} }} }}", new { id = Meeting });
        return body.Data().GetProperty("meetingVoting");
    }

    /// <summary>An input for this meeting with the given fields (an anonymous object) added.</summary>
    public Dictionary<string, object?> Input(object? fields)
    {
        var input = new Dictionary<string, object?> { ["meetingId"] = Meeting };
        foreach (var property in fields?.GetType().GetProperties() ?? [])
            input[property.Name] = property.GetValue(fields);
        return input;
    }

    public static int? Votes(JsonElement voting, string cardId) =>
        voting.GetProperty("cards").EnumerateArray().Single(c => c.Id() == cardId).GetProperty("votes") is { ValueKind: JsonValueKind.Number } votes
            ? votes.GetInt32()
            : null;
}
