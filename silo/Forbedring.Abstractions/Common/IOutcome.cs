namespace Forbedring.Abstractions.Common;

/// <summary>What a change answered, seen from outside: whether it wrote anything, and what it wrote to.</summary>
public interface IOutcome
{
    bool Changed { get; }

    /// <summary>The entity as it is after the change, when the change returns one.</summary>
    object? Subject { get; }
}
