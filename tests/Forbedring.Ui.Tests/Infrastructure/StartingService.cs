using System.Text.Json;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests.Infrastructure;

/// <summary>
/// A service that has not started yet, in a learning network of its own, with a leader of its own:
/// the administrator creates the network (with a focus area) and the service, takes the service into
/// the network and invites the leader, who registers with the invitation. Tests that create areas
/// and measures work here, so the demo network the other tests count on stays as it is.
/// </summary>
public sealed record StartingService(string NetworkId, string NetworkName, string ServiceId, string ServiceName, string FocusAreaName, string LeaderEmail)
{
    public const string LeaderPassword = "et-langt-passord-2";

    public static async Task<StartingService> CreateAsync(UiApp app, string tag)
    {
        var suffix = tag + " " + Guid.NewGuid().ToString("N")[..6];
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin);
        var api = admin.Page.Context.APIRequest;

        var network = await MutateAsync(api, "createNetwork", "NetworkInput", "network", "id focusAreas { id name }", new
        {
            name = "Nettverk " + suffix,
            theme = "Gode overganger",
            focusAreas = new[] { new { name = "Trygge utskrivninger" } },
        });
        var service = await MutateAsync(api, "createService", "ServiceInput", "service", "id", new { name = "Tjeneste " + suffix });
        var networkId = network.GetProperty("id").GetString()!;
        var serviceId = service.GetProperty("id").GetString()!;
        await MutateAsync(api, "addServiceToNetwork", "NetworkServiceInput", "network", "id", new { networkId, serviceId });

        var email = $"leder-{Guid.NewGuid():N}@ui.test";
        await InvitedAccounts.InviteAndRegisterAsync(app, api, new { email, serviceId, role = "Leader" }, email, LeaderPassword, "Liv Leder");

        return new StartingService(networkId, "Nettverk " + suffix, serviceId, "Tjeneste " + suffix,
            network.GetProperty("focusAreas")[0].GetProperty("name").GetString()!, email);
    }

    /// <summary>Takes the service into a second network as well (made by the administrator); gives its name.</summary>
    public async Task<string> JoinAnotherNetworkAsync(UiApp app)
    {
        await using var admin = await app.NewPageAsync();
        await app.SignInAsAdministratorAsync(admin);
        var api = admin.Page.Context.APIRequest;
        var name = "Annet nettverk " + Guid.NewGuid().ToString("N")[..6];
        var networkId = (await MutateAsync(api, "createNetwork", "NetworkInput", "network", "id", new { name })).GetProperty("id").GetString()!;
        await MutateAsync(api, "addServiceToNetwork", "NetworkServiceInput", "network", "id", new { networkId, serviceId = ServiceId });
        return name;
    }

    /// <summary>Signs the page in as the service's leader.</summary>
    public Task SignInLeaderAsync(UiPage ui) => ui.SignInAsync(LeaderEmail, LeaderPassword);

    /// <summary>
    /// Runs a mutation through the real GraphQL endpoint as whoever the request context is signed in
    /// as, and returns the payload's entity; any user error fails the test.
    /// </summary>
    public static async Task<JsonElement> MutateAsync(IAPIRequestContext api, string field, string inputType, string entity, string selection, object input)
    {
        var response = await api.PostAsync("/graphql", new()
        {
            DataObject = new
            {
                query = $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {entity} {{ {selection} }} errors {{ code field messageEn }} }} }}",
                variables = new { input },
            },
        });
        var text = await response.TextAsync();
        var root = JsonDocument.Parse(text).RootElement;
        Assert.True(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"{field}: {text}");
        var payload = data.GetProperty(field);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{field}: {text}");
        return payload.GetProperty(entity).Clone();
    }
}
