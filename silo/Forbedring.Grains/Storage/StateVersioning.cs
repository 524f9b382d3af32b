using System.Reflection;
using System.Text.Json.Nodes;

namespace Forbedring.Grains.Storage;

/// <summary>
/// The schema version of a state class. Bump it when a release changes the stored shape in a way
/// that added-field tolerance cannot absorb, and register an <see cref="IGrainStateMigration"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StateVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;

    public static int Of(Type stateType) => stateType.GetCustomAttribute<StateVersionAttribute>()?.Version ?? 1;
}

/// <summary>Rewrites stored JSON of one state type from <see cref="FromVersion"/> to the next version.</summary>
public interface IGrainStateMigration
{
    Type StateType { get; }
    int FromVersion { get; }
    JsonNode Migrate(JsonNode stored);
}
