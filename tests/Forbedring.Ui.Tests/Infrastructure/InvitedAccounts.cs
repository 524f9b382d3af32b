using System.Text.Json;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests.Infrastructure;

/// <summary>
/// An account of a test's own, for a test that spoils it (locks it out): the demo facilitator
/// invites the address to the demo network as a reader, and it registers through the account
/// endpoint with the invitation's token.
/// </summary>
public static class InvitedAccounts
{
    public static async Task<string> CreateAsync(UiApp app, string email, string password)
    {
        await using var facilitator = await app.NewPageAsync();
        await facilitator.SignInAsync(UiApp.Facilitator);
        var api = facilitator.Page.Context.APIRequest;
        var network = await api.PostAsync("/graphql", new() { DataObject = new { query = "{ installation { demoNetworkId } }" } });
        var networkId = JsonDocument.Parse(await network.TextAsync()).RootElement.GetProperty("data").GetProperty("installation").GetProperty("demoNetworkId").GetString()!;
        await InviteAndRegisterAsync(app, api, new { email, networkId, role = "Reader" }, email, password, "Lise Låst");
        return email;
    }

    /// <summary>Makes the invitation as whoever <paramref name="inviter"/> is signed in as, and registers the invited address with it.</summary>
    public static async Task InviteAndRegisterAsync(UiApp app, IAPIRequestContext inviter, object invitation, string email, string password, string name)
    {
        var made = await inviter.PostAsync("/api/invitations", new() { DataObject = invitation });
        Assert.Equal(201, made.Status);
        var link = JsonDocument.Parse(await made.TextAsync()).RootElement.GetProperty("link").GetString()!;
        var token = link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];

        await using var newcomer = await app.NewPageAsync();
        var registered = await newcomer.Page.Context.APIRequest.PostAsync("/api/auth/register", new()
        {
            DataObject = new { email, password, name, invitationToken = token },
        });
        Assert.True(registered.Ok, $"Registering {email}: {registered.Status} {await registered.TextAsync()}");
    }
}
