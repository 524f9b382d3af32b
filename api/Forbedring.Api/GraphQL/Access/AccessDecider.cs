using System.Collections.Concurrent;
using System.Security.Claims;
using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Templates;
using Forbedring.Domain;
using Forbedring.Domain.Access;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// Answers "may the caller do this?" for one request: finds the network and service a target
/// belongs to, then asks <see cref="AccessRules"/>. Everything it reads is cached for the request,
/// so checking every entity in a response costs each grain one call at most.
/// </summary>
public sealed class AccessDecider(IGrainFactory grains, IHttpContextAccessor http, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> views = new();
    private readonly Lazy<Task<Caller>> caller = new(() => FindCaller(grains, http.HttpContext?.User));
    private DateOnly Today => Clock.Today(clock);

    public Task<Caller> CallerAsync() => caller.Value;

    public async Task<bool> AllowsAsync(Demand demand)
    {
        if (await AllowsOneAsync(demand))
        {
            var all = true;
            foreach (var also in demand.AndAlso)
                all = all && await AllowsAsync(also);
            if (all)
                return true;
        }
        return demand.OrElse is { } other && await AllowsAsync(other);
    }

    private async Task<bool> AllowsOneAsync(Demand demand)
    {
        var who = await CallerAsync();
        if (demand.Permission == Permission.Anyone || who.IsAdministrator)
            return true;
        if (!who.IsSignedIn)
            return false;
        if (demand.Target is null)
            return AccessRules.Allows(who, Installation(demand.Permission), AccessFacts.None, Today);
        return demand.Target.Kind switch
        {
            TargetKind.Network => await Get<NetworkView>(TargetKind.Network, demand.Target.Id) is { } network
                && await OnNetworkAsync(who, demand.Permission, network),
            TargetKind.Service => await Get<ServiceView>(TargetKind.Service, demand.Target.Id) is { } service
                && await OnServiceAsync(who, demand.Permission, service),
            TargetKind.Area => await Get<ImprovementAreaView>(TargetKind.Area, demand.Target.Id) is { } area
                && await OnAreaAsync(who, demand.Permission, area.NetworkId, area.ServiceId),
            TargetKind.Measure => await AreaOfMeasureAsync(demand.Target.Id) is { } area
                && await OnAreaAsync(who, demand.Permission, area.NetworkId, area.ServiceId),
            TargetKind.Cycle => await Get<PdsaCycleView>(TargetKind.Cycle, demand.Target.Id) is { } cycle
                && await Get<ImprovementAreaView>(TargetKind.Area, cycle.AreaId) is { } area
                && await OnAreaAsync(who, demand.Permission, area.NetworkId, area.ServiceId),
            TargetKind.Template => await Get<AreaTemplateView>(TargetKind.Template, demand.Target.Id) is { } template
                && await AllowsOneAsync(new Demand(demand.Permission, template.NetworkId is { } id ? new Target(TargetKind.Network, id) : null)),
            TargetKind.Person => AccessRules.Allows(who, demand.Permission, new AccessFacts(PersonId: demand.Target.Id), Today),
            TargetKind.Meeting => await Get<MeetingView>(TargetKind.Meeting, demand.Target.Id) is { } meeting
                && await AllowsOneAsync(new Demand(demand.Permission, new Target(TargetKind.Network, meeting.NetworkId))),
            // The assignee is the action item's own person; for anything else it belongs to its meeting.
            TargetKind.ActionItem => await Get<ActionItem>(TargetKind.ActionItem, demand.Target.Id) is { } item
                && (demand.Permission == Permission.Self
                    ? AccessRules.Allows(who, Permission.Self, new AccessFacts(PersonId: item.AssigneeId), Today)
                    : await AllowsOneAsync(new Demand(demand.Permission, new Target(TargetKind.Meeting, item.MeetingId)))),
            // A report is its meeting's business, also before it is written: its id names the meeting.
            TargetKind.StatusReport => StatusReportKey.Parse(demand.Target.Id).MeetingId is { Length: > 0 } meetingId
                && await AllowsOneAsync(new Demand(demand.Permission, new Target(TargetKind.Meeting, meetingId))),
            TargetKind.Learning => await Get<LearningView>(TargetKind.Learning, demand.Target.Id) is { } learning
                && await OnLearningAsync(who, demand.Permission, learning),
            TargetKind.ServiceInNetwork => Pair(demand.Target.Id) is var (networkId, serviceId)
                && await OnAreaAsync(who, demand.Permission, networkId, serviceId),
            _ => false,
        };
    }

    /// <summary>Whether the caller may see this entity wherever it turns up in a response.</summary>
    public async Task<bool> MayReadAsync(object entity)
    {
        var who = await CallerAsync();
        if (who.IsAdministrator)
            return true;
        if (!who.IsSignedIn)
            return false;
        return entity switch
        {
            NetworkView network => await OnNetworkAsync(who, Permission.ReadNetwork, network),
            ServiceView service => await OnServiceAsync(who, Permission.ReadService, service),
            ImprovementAreaView area => await OnAreaAsync(who, Permission.ReadArea, area.NetworkId, area.ServiceId),
            MeasureView measure => await AllowsAsync(new Demand(Permission.ReadArea, new Target(TargetKind.Area, measure.AreaId))),
            PdsaCycleView cycle => await AllowsAsync(new Demand(Permission.ReadArea, new Target(TargetKind.Area, cycle.AreaId))),
            AreaTemplateView template => await AllowsAsync(new Demand(Permission.ReadNetwork,
                template.NetworkId is { } id ? new Target(TargetKind.Network, id) : null)),
            MeetingView meeting => await AllowsAsync(new Demand(Permission.ReadNetwork, new Target(TargetKind.Network, meeting.NetworkId))),
            StatusReportView report => await AllowsAsync(new Demand(Permission.ReadNetwork, new Target(TargetKind.Network, report.NetworkId))),
            LearningView learning => await AllowsAsync(new Demand(Permission.ReadNetwork, new Target(TargetKind.Network, learning.NetworkId))),
            _ => true,
        };
    }

    /// <summary>The network and service the target belongs to (either may be null), for the audit log.</summary>
    public async Task<(string? NetworkId, string? ServiceId)> ScopeAsync(Target target) => target.Kind switch
    {
        TargetKind.Network => (target.Id, null),
        TargetKind.Service => (null, target.Id),
        TargetKind.Area => await Get<ImprovementAreaView>(TargetKind.Area, target.Id) is { } area ? (area.NetworkId, area.ServiceId) : (null, null),
        TargetKind.Measure => await AreaOfMeasureAsync(target.Id) is { } area ? (area.NetworkId, area.ServiceId) : (null, null),
        TargetKind.Cycle => await Get<PdsaCycleView>(TargetKind.Cycle, target.Id) is { } cycle
            && await Get<ImprovementAreaView>(TargetKind.Area, cycle.AreaId) is { } area ? (area.NetworkId, area.ServiceId) : (null, null),
        TargetKind.Template => (await Get<AreaTemplateView>(TargetKind.Template, target.Id) is { NetworkId: { } id } ? id : null, null),
        TargetKind.Meeting => (await Get<MeetingView>(TargetKind.Meeting, target.Id) is { } meeting ? meeting.NetworkId : null, null),
        TargetKind.ActionItem => (await Get<ActionItem>(TargetKind.ActionItem, target.Id) is { } item ? item.NetworkId : null, null),
        TargetKind.StatusReport => StatusReportKey.Parse(target.Id) is ({ Length: > 0 } meetingId, var serviceId)
            && await Get<MeetingView>(TargetKind.Meeting, meetingId) is { } meeting ? (meeting.NetworkId, serviceId) : (null, null),
        TargetKind.Learning => await Get<LearningView>(TargetKind.Learning, target.Id) is { } learning ? (learning.NetworkId, learning.ServiceId) : (null, null),
        TargetKind.ServiceInNetwork => Pair(target.Id) is var (networkId, serviceId) ? (networkId, serviceId) : (null, null),
        _ => (null, null),
    };

    /// <summary>The entity kinds whose every appearance is checked by <see cref="MayReadAsync"/>.</summary>
    public static bool IsGuarded(object? value) =>
        value is NetworkView or ServiceView or ImprovementAreaView or MeasureView or PdsaCycleView or AreaTemplateView or MeetingView
            or StatusReportView or LearningView;

    private async Task<bool> OnNetworkAsync(Caller who, Permission permission, NetworkView network)
    {
        if (AccessRules.Allows(who, permission, new AccessFacts(Network: network), Today))
            return true;
        // Only a reader who is no network member needs the services: their staff read the network too.
        if (permission != Permission.ReadNetwork)
            return false;
        var services = await AllAsync<ServiceView>(TargetKind.Service, AccessRules.ActiveServiceIds(network, Today));
        return AccessRules.Allows(who, permission, new AccessFacts(Network: network, ServicesOfNetwork: services), Today);
    }

    private async Task<bool> OnServiceAsync(Caller who, Permission permission, ServiceView service)
    {
        if (AccessRules.Allows(who, permission, new AccessFacts(Service: service), Today))
            return true;
        if (permission != Permission.ReadService)
            return false;
        foreach (var networkId in service.NetworkIds)
            if (await Get<NetworkView>(TargetKind.Network, networkId) is { } network && await OnNetworkAsync(who, Permission.ReadNetwork, network))
                return true;
        return false;
    }

    private async Task<bool> OnAreaAsync(Caller who, Permission permission, string networkId, string? serviceId)
    {
        var network = await Get<NetworkView>(TargetKind.Network, networkId);
        var service = serviceId is { Length: > 0 } ? await Get<ServiceView>(TargetKind.Service, serviceId) : null;
        if (AccessRules.Allows(who, permission, new AccessFacts(Network: network, Service: service), Today))
            return true;
        return permission == Permission.ReadArea && network is not null && await OnNetworkAsync(who, Permission.ReadNetwork, network);
    }

    /// <summary>
    /// Rewording or deleting is for the author while they read the network, or its facilitators (AccessRules); anything
    /// else asked of a learning is asked of its network.
    /// </summary>
    private async Task<bool> OnLearningAsync(Caller who, Permission permission, LearningView learning)
    {
        if (permission != Permission.EditLearning)
            return await AllowsAsync(new Demand(permission, new Target(TargetKind.Network, learning.NetworkId)));
        if (await Get<NetworkView>(TargetKind.Network, learning.NetworkId) is not { } network)
            return false;
        var services = await AllAsync<ServiceView>(TargetKind.Service, AccessRules.ActiveServiceIds(network, Today));
        return AccessRules.Allows(who, permission, new AccessFacts(Network: network, ServicesOfNetwork: services, PersonId: learning.Created.PersonId), Today);
    }

    /// <summary>The network and service of a <see cref="TargetKind.ServiceInNetwork"/> target (the service may be null).</summary>
    private static (string NetworkId, string? ServiceId)? Pair(string id)
    {
        var at = id.IndexOf('|');
        var (networkId, serviceId) = at < 0 ? (id, "") : (id[..at], id[(at + 1)..]);
        return networkId.Length == 0 ? null : (networkId, serviceId.Length == 0 ? null : serviceId);
    }

    /// <summary>Without a target the operation is about the installation: reading it is for everyone signed in, managing it for administrators.</summary>
    private static Permission Installation(Permission permission) => permission switch
    {
        Permission.ReadNetwork or Permission.ReadService or Permission.ReadArea => Permission.SignedIn,
        Permission.SignedIn => Permission.SignedIn,
        _ => Permission.Administer,
    };

    private async Task<ImprovementAreaView?> AreaOfMeasureAsync(string measureId) =>
        await Get<MeasureView>(TargetKind.Measure, measureId) is { } measure
            ? await Get<ImprovementAreaView>(TargetKind.Area, measure.AreaId)
            : null;

    private async Task<IReadOnlyList<T>> AllAsync<T>(TargetKind kind, IEnumerable<string> ids) where T : class =>
        (await Task.WhenAll(ids.Distinct().Select(id => Get<T>(kind, id)))).OfType<T>().ToList();

    private async Task<T?> Get<T>(TargetKind kind, string id) where T : class =>
        await views.GetOrAdd($"{kind}/{id}", _ => new Lazy<Task<object?>>(() => Load(kind, id))).Value as T;

    private async Task<object?> Load(TargetKind kind, string id) => kind switch
    {
        TargetKind.Network => await grains.GetGrain<INetworkGrain>(id).Get(),
        TargetKind.Service => await grains.GetGrain<IServiceGrain>(id).Get(),
        TargetKind.Area => await grains.GetGrain<IImprovementAreaGrain>(id).Get(),
        TargetKind.Measure => await grains.GetGrain<IMeasureGrain>(id).Get(),
        TargetKind.Cycle => await grains.GetGrain<IPdsaCycleGrain>(id).Get(),
        TargetKind.Template => await grains.GetGrain<IAreaTemplateGrain>(id).Get(),
        TargetKind.Person => await grains.GetGrain<IPersonGrain>(id).Get(),
        TargetKind.Meeting => await grains.GetGrain<IMeetingGrain>(id).Get(),
        TargetKind.ActionItem => id.Split('/') is [var meetingId, var itemId]
            ? (await grains.GetGrain<IMeetingGrain>(meetingId).GetActionItems()).FirstOrDefault(i => i.Id == itemId)
            : null,
        TargetKind.Learning => await grains.GetGrain<ILearningGrain>(id).Get(),
        _ => null,
    };

    private static async Task<Caller> FindCaller(IGrainFactory grains, ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } personId)
            return Caller.SignedOut;
        return new Caller(personId, await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).IsAdministrator(personId));
    }
}
