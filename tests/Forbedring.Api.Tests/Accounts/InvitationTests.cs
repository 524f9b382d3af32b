using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Accounts;

public sealed class InvitationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_facilitator_invites_a_reader_who_registers_once_and_becomes_a_member_recorded_as_added_by_the_facilitator()
    {
        var facilitator = await factory.InvitedAsync("fasilitator@test.forbedring.no", "Fia Fasilitator");
        var facilitatorId = (await facilitator.MeAsync()).GetProperty("personId").GetString();
        var admin = await factory.AdminAsync();
        var networkId = (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Invitasjonsnettverket" }, "id")).Id();
        await admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId, personId = facilitatorId, role = "FACILITATOR" }, "id");

        var invitation = await facilitator.InviteAsync(new { email = "leser@test.forbedring.no", networkId, role = "READER" });
        var link = invitation.GetProperty("link").GetString()!;
        Assert.Contains("/invitasjon#token=", link);
        var expires = invitation.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - factory.Clock.GetUtcNow(), TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));

        var reader = factory.Browser();
        var registered = await reader.RegisterAsync("leser@test.forbedring.no", "Lene Leser", AccountClient.TokenOf(link));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var me = await reader.MeAsync();
        Assert.False(me.GetProperty("isAdministrator").GetBoolean());

        var (_, body) = await facilitator.PostAsync("query($id: ID!) { network(id: $id) { members { role person { id name } } } }", new { id = networkId });
        var members = body.Data().GetProperty("network").GetProperty("members").EnumerateArray().ToList();
        Assert.Contains(members, m => m.GetProperty("role").GetString() == "READER" && m.GetProperty("person").GetProperty("id").GetString() == me.GetProperty("personId").GetString());

        var again = await factory.Browser().RegisterAsync("leser@test.forbedring.no", "Lene Leser", AccountClient.TokenOf(link));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["TOKEN_INVALID"], (await again.JsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task An_invitation_to_a_service_adds_the_service_role()
    {
        var admin = await factory.AdminAsync();
        var serviceId = (await admin.MutateOkAsync("createService", "service", "ServiceInput", new { name = "Smidsrød helsehus" }, "id")).Id();
        var link = (await admin.InviteAsync(new { email = "ansatt@test.forbedring.no", serviceId, role = "staff" })).GetProperty("link").GetString()!;

        var staff = factory.Browser();
        Assert.Equal(HttpStatusCode.Created, (await staff.RegisterAsync("ansatt@test.forbedring.no", "Are Ansatt", AccountClient.TokenOf(link))).StatusCode);

        var personId = (await staff.MeAsync()).GetProperty("personId").GetString();
        var (_, body) = await admin.PostAsync("query($id: ID!) { service(id: $id) { members { role person { id } } } }", new { id = serviceId });
        Assert.Contains(body.Data().GetProperty("service").GetProperty("members").EnumerateArray(),
            m => m.GetProperty("role").GetString() == "STAFF" && m.GetProperty("person").GetProperty("id").GetString() == personId);
    }

    [Fact]
    public async Task An_invitation_is_only_for_its_own_address_and_expires_after_seven_days()
    {
        var admin = await factory.AdminAsync();
        var token = AccountClient.TokenOf((await admin.InviteAsync(new { email = "riktig@test.forbedring.no" })).GetProperty("link").GetString()!);

        var other = await factory.Browser().RegisterAsync("en-annen@test.forbedring.no", "Ola Annen", token);
        Assert.Equal(["EMAIL_MISMATCH"], (await other.JsonAsync()).ErrorCodes());

        factory.Clock.Advance(TimeSpan.FromDays(7.1));
        var late = await factory.Browser().RegisterAsync("riktig@test.forbedring.no", "Rita Riktig", token);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(["TOKEN_INVALID"], (await late.JsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Someone_who_is_not_facilitator_of_the_network_may_not_invite_to_it_and_a_bad_role_is_named()
    {
        var admin = await factory.AdminAsync();
        var networkId = (await admin.MutateOkAsync("createNetwork", "network", "NetworkInput", new { name = "Adminnettverket" }, "id")).Id();
        var outsider = await factory.InvitedAsync("utenfor@test.forbedring.no", "Udo Utenfor");

        var refused = await outsider.PostAsJsonAsync("/api/invitations", new { email = "venn@test.forbedring.no", networkId, role = "READER" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["NOT_ALLOWED"], (await refused.JsonAsync()).ErrorCodes());

        var badRole = await admin.PostAsJsonAsync("/api/invitations", new { email = "venn@test.forbedring.no", networkId, role = "KONGE" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        var error = (await badRole.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("role", error.GetProperty("field").GetString());
        Assert.Contains("Facilitator, Participant, Reader", error.GetProperty("messageEn").GetString());
    }
}
