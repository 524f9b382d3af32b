using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;

namespace Forbedring.Grains.Demo;

/// <summary>
/// Sign-in accounts for people of the demo network, one for each role, so a new user can see the
/// product as a facilitator, a leader, staff and a reader. Made only on the first start that loads
/// the demo; never administrators (the first real person to register still becomes one).
/// </summary>
public sealed class DemoAccounts(IGrainFactory grains)
{
    public const string Domain = "demo.forbedring.no";
    public const string DefaultPassword = "forbedring-demo";

    public sealed record DemoAccount(string Role, string Email, string PersonId);

    /// <summary>Who signs in as what: picked from the network's members and one service with both a leader and staff.</summary>
    public async Task<IReadOnlyList<DemoAccount>> PickAsync(string networkId)
    {
        var network = await grains.GetGrain<INetworkGrain>(networkId).Get()
            ?? throw new InvalidOperationException($"The demo network {networkId} is not there.");
        var accounts = new List<DemoAccount>();
        if (network.Members.FirstOrDefault(m => m.Role == NetworkRole.Facilitator && m.Left is null) is { } facilitator)
            accounts.Add(new("fasilitator", $"fasilitator@{Domain}", facilitator.PersonId));
        foreach (var link in network.Services.Where(s => s.Left is null))
        {
            var service = await grains.GetGrain<IServiceGrain>(link.ServiceId).Get();
            var leader = service?.Members.FirstOrDefault(m => m.Role == ServiceRole.Leader && m.Until is null);
            var staff = service?.Members.FirstOrDefault(m => m.Role == ServiceRole.Staff && m.Until is null);
            if (leader is null || staff is null)
                continue;
            accounts.Add(new("leder", $"leder@{Domain}", leader.PersonId));
            accounts.Add(new("ansatt", $"ansatt@{Domain}", staff.PersonId));
            break;
        }
        if (network.Members.FirstOrDefault(m => m.Role is NetworkRole.Reader or NetworkRole.Participant && m.Left is null) is { } reader)
            accounts.Add(new("leser", $"leser@{Domain}", reader.PersonId));
        return accounts;
    }

    /// <summary>Makes the accounts that do not exist yet; returns them all.</summary>
    public async Task<IReadOnlyList<DemoAccount>> CreateAsync(string networkId, string password, Actor actor)
    {
        var accounts = await PickAsync(networkId);
        foreach (var account in accounts)
        {
            var grain = grains.GetGrain<IAccountGrain>(account.Email);
            if (await grain.Get() is not null)
                continue;
            var created = await grain.Create(new NewAccount(account.PersonId, new Secret(password)), actor);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join(", ", created.Errors.Select(e => e.Code))}");
        }
        return accounts;
    }
}
