using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;

namespace Forbedring.Domain.Access;

/// <summary>
/// Who may do what (docs/security.md). Only memberships that have not ended count: people change
/// jobs, and their history stays while their access goes.
/// </summary>
public static class AccessRules
{
    public static bool Allows(Caller caller, Permission permission, AccessFacts facts, DateOnly today)
    {
        if (permission == Permission.Anyone)
            return true;
        if (caller.PersonId is not { } me)
            return false;
        if (caller.IsAdministrator)
            return true;
        return permission switch
        {
            Permission.SignedIn => true,
            Permission.ReadNetwork => facts.Network is { } network && ReadsNetwork(me, network, facts.ServicesOfNetwork, today),
            Permission.ReadService => facts.Service is { } service && ReadsService(me, service, facts.NetworksOfService, today),
            Permission.ReadArea =>
                (facts.Service is { } service && InService(me, service, today))
                || (facts.Network is { } network && ReadsNetwork(me, network, facts.ServicesOfNetwork, today)),
            Permission.WorkInService => facts.Service is { } service && InService(me, service, today),
            Permission.ManageService => facts.Service is { } service && InService(me, service, today, ServiceRole.Leader),
            Permission.ManageNetwork => facts.Network is { } network && InNetwork(me, network, today, NetworkRole.Facilitator),
            Permission.Self => facts.PersonId == me,
            Permission.AddLearning => facts.Network is { } network
                && (InNetwork(me, network, today, NetworkRole.Facilitator)
                    || (facts.Service is { } service && TakesPart(network, service.Id, today) && InService(me, service, today))),
            Permission.EditLearning => facts.Network is { } network
                && (InNetwork(me, network, today, NetworkRole.Facilitator)
                    || (facts.PersonId == me && ReadsNetwork(me, network, facts.ServicesOfNetwork, today))),
            _ => false,
        };
    }

    /// <summary>A network member, or a member of a service that takes part in the network now.</summary>
    public static bool ReadsNetwork(string personId, NetworkView network, IReadOnlyList<ServiceView>? servicesOfNetwork, DateOnly today) =>
        InNetwork(personId, network, today)
        || (servicesOfNetwork ?? []).Any(service =>
            network.Services.Any(link => link.ServiceId == service.Id && Active(link.Left, today))
            && InService(personId, service, today));

    public static bool ReadsService(string personId, ServiceView service, IReadOnlyList<NetworkView>? networksOfService, DateOnly today) =>
        InService(personId, service, today)
        || (networksOfService ?? []).Any(network => InNetwork(personId, network, today));

    public static bool InNetwork(string personId, NetworkView network, DateOnly today, NetworkRole? role = null) =>
        network.Members.Any(m => m.PersonId == personId && (role is null || m.Role == role) && Active(m.Left, today));

    public static bool InService(string personId, ServiceView service, DateOnly today, ServiceRole? role = null) =>
        service.Members.Any(m => m.PersonId == personId && (role is null || m.Role == role) && Active(m.Until, today));

    public static bool TakesPart(NetworkView network, string serviceId, DateOnly today) =>
        network.Services.Any(link => link.ServiceId == serviceId && Active(link.Left, today));

    /// <summary>The services whose members may read the network because they take part in it now.</summary>
    public static IEnumerable<string> ActiveServiceIds(NetworkView network, DateOnly today) =>
        network.Services.Where(link => Active(link.Left, today)).Select(link => link.ServiceId);

    private static bool Active(DateOnly? ended, DateOnly today) => ended is null || ended >= today;
}
