using Forbedring.Domain.Access;

namespace Forbedring.Api.GraphQL.Access;

public enum TargetKind
{
    Network, Service, Area, Measure, Cycle, Template, Person, Meeting, ActionItem, Learning, StatusReport,

    /// <summary>A service as part of a network: the id is «networkId|serviceId» (the service may be empty).</summary>
    ServiceInNetwork,
}

/// <summary>The entity an operation acts on, named by an id from its arguments.</summary>
public sealed record Target(TargetKind Kind, string Id);

/// <summary>
/// What one use of a field asks of its caller: a permission, on a target or on the installation.
/// Some uses are allowed to two kinds of caller (the facilitator, or the person themselves): such
/// a demand is met when this permission and every one in <see cref="AndAlso"/> are, or when
/// <see cref="OrElse"/> is. The audit log names <see cref="Target"/>, the demand's first target.
/// </summary>
public sealed record Demand(Permission Permission, Target? Target = null)
{
    /// <summary>Demands that must be met as well as this one (the person themselves, in a network they read).</summary>
    public IReadOnlyList<Demand> AndAlso { get; init; } = [];

    /// <summary>A demand that allows the use on its own when this one is not met.</summary>
    public Demand? OrElse { get; init; }
}
