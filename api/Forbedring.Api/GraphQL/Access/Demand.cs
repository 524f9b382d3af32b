using Forbedring.Domain.Access;

namespace Forbedring.Api.GraphQL.Access;

public enum TargetKind
{
    Network, Service, Area, Measure, Cycle, Template, Person, Meeting, Learning, StatusReport,

    /// <summary>A service as part of a network: the id is «networkId|serviceId» (the service may be empty).</summary>
    ServiceInNetwork,
}

/// <summary>The entity an operation acts on, named by an id from its arguments.</summary>
public sealed record Target(TargetKind Kind, string Id);

/// <summary>What one use of a field asks of its caller: a permission, on a target or on the installation.</summary>
public sealed record Demand(Permission Permission, Target? Target = null);
