using System.Collections;
using System.Reflection;
using GraphQL.Execution;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// A field's arguments as validation sees them, read by a dotted path ("input.areaId"). Input
/// objects may arrive as dictionaries or as the records they map to; both are read the same way.
/// </summary>
public sealed class AccessArguments(IDictionary<string, ArgumentValue>? values)
{
    public object? Get(string path)
    {
        var parts = path.Split('.');
        if (values is null || !values.TryGetValue(parts[0], out var argument))
            return null;
        var current = argument.Value;
        foreach (var part in parts.Skip(1))
            current = Member(current, part);
        return current;
    }

    public string? String(string path) => Get(path) switch
    {
        null => null,
        string text => text,
        var other => other.ToString(),
    };

    /// <summary>The target named at the path; an id that is missing or blank names nothing (the installation).</summary>
    public Target? Target(TargetKind kind, string path) =>
        String(path) is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id) ? new Target(kind, id) : null;

    private static object? Member(object? source, string name) => source switch
    {
        null => null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
        IDictionary dictionary => dictionary.Contains(name) ? dictionary[name] : null,
        _ => source.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(source),
    };
}
