using Forbedring.Domain.Access;
using GraphQL.Builders;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// Every root field says who may use it, next to its definition. The rule is stored as field
/// metadata and enforced by <see cref="AccessValidationRule"/> before anything runs; a root field
/// without one is refused (fail closed).
/// </summary>
public static class FieldAccess
{
    private const string Key = "forbedring.access";

    /// <summary>The caller needs <paramref name="permission"/> on the target named in the arguments (if any).</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Permission permission, Func<AccessArguments, Target?>? target = null) =>
        field.Requires(args => new Demand(permission, target?.Invoke(args)));

    /// <summary>The demand depends on the arguments (e.g. whose progress score is given).</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<AccessArguments, Demand> demand)
    {
        field.FieldType.Metadata[Key] = demand;
        return field;
    }

    public static Func<AccessArguments, Demand>? RuleOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var rule) ? rule as Func<AccessArguments, Demand> : null;
}

/// <summary>Shorthands for naming a target by an argument path such as "input.areaId".</summary>
public static class On
{
    public static Func<AccessArguments, Target?> Network(string path) => args => args.Target(TargetKind.Network, path);
    public static Func<AccessArguments, Target?> Service(string path) => args => args.Target(TargetKind.Service, path);
    public static Func<AccessArguments, Target?> Area(string path) => args => args.Target(TargetKind.Area, path);
    public static Func<AccessArguments, Target?> Measure(string path) => args => args.Target(TargetKind.Measure, path);
    public static Func<AccessArguments, Target?> Cycle(string path) => args => args.Target(TargetKind.Cycle, path);
    public static Func<AccessArguments, Target?> Template(string path) => args => args.Target(TargetKind.Template, path);
    public static Func<AccessArguments, Target?> Person(string path) => args => args.Target(TargetKind.Person, path);
    public static Func<AccessArguments, Target?> Meeting(string path) => args => args.Target(TargetKind.Meeting, path);

    /// <summary>An action item is named by its meeting and its own id: "meeting/item".</summary>
    public static Func<AccessArguments, Target?> ActionItem(string meetingPath, string itemPath) => args =>
        args.String(meetingPath) is { Length: > 0 } meeting && args.String(itemPath) is { Length: > 0 } item
            ? new Target(TargetKind.ActionItem, $"{meeting}/{item}")
            : null;

    public static Func<AccessArguments, Target?> Learning(string path) => args => args.Target(TargetKind.Learning, path);

    /// <summary>A network with, optionally, one of its services: for what is about a service in a particular network.</summary>
    public static Func<AccessArguments, Target?> ServiceInNetwork(string networkPath, string servicePath) => args =>
        args.Target(TargetKind.Network, networkPath) is { } network
            ? new Target(TargetKind.ServiceInNetwork, $"{network.Id}|{args.String(servicePath)?.Trim()}")
            : null;
}
