namespace Forbedring.Abstractions.Common;

/// <summary>A person's dated time in a network or a service; ended, never deleted.</summary>
public interface IMembership<TSelf> where TSelf : IMembership<TSelf>
{
    string PersonId { get; }
    DateOnly Start { get; }
    DateOnly? End { get; }
    TSelf EndOn(DateOnly date);
}
