namespace Forbedring.Grains.Storage;

/// <summary>
/// Thrown before any write when a grain's serialized state would not fit in one table entity.
/// Grain state must stay small; anything that grows without bound belongs in rows of its own.
/// </summary>
public sealed class GrainStateTooLargeException(string grainId, string stateName, long sizeBytes, long limitBytes)
    : Exception($"Grain state '{stateName}' of {grainId} is {sizeBytes:N0} bytes serialized, above the limit of {limitBytes:N0} bytes. " +
                "Keep grain state small and move unbounded lists into rows of their own.")
{
    public string GrainId { get; } = grainId;
    public string StateName { get; } = stateName;
    public long SizeBytes { get; } = sizeBytes;
    public long LimitBytes { get; } = limitBytes;
}
