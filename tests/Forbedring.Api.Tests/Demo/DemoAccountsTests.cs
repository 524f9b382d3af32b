using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Demo;

/// <summary>The first start with the demo gives one account for each role, none of them administrator.</summary>
public sealed class DemoAccountsTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new("TDemoAcc" + Guid.NewGuid().ToString("N")[..8], loadDemoOnFirstStart: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Each_role_signs_in_sees_the_demo_network_and_may_do_what_the_role_allows()
    {
        var allowedAuditLog = new Dictionary<string, bool> { ["fasilitator"] = true, ["leder"] = false, ["ansatt"] = false, ["leser"] = false };
        foreach (var (role, auditAllowed) in allowedAuditLog)
        {
            var http = factory.CreateClient(new() { HandleCookies = true });
            var signedIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = $"{role}@demo.forbedring.no", password = "forbedring-demo" });
            Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"{role}: {signedIn.StatusCode}");
            var me = await signedIn.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(me.GetProperty("isAdministrator").GetBoolean());

            var (_, body) = await http.PostAsync("{ installation { demoNetworkId } }");
            var networkId = body.Data().GetProperty("installation").GetProperty("demoNetworkId").GetString();
            var (_, network) = await http.PostAsync("query($id: ID!) { network(id: $id) { name } }", new { id = networkId });
            Assert.Equal("Læringsnettverk Gode overganger", network.Data().GetProperty("network").GetProperty("name").GetString());

            var (_, audit) = await http.PostAsync("query($id: ID!) { auditLog(networkId: $id) { before } }", new { id = networkId });
            Assert.True(auditAllowed == !audit.TryGetProperty("errors", out _), $"{role}: {audit}");
        }
    }

    [Fact]
    public async Task The_first_real_person_to_register_still_becomes_administrator()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/register",
            new { email = "forste@kommune.example", password = "et-langt-passord", name = "Første Ekte" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("me").GetProperty("isAdministrator").GetBoolean());
    }
}
