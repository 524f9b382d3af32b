namespace Forbedring.Abstractions.Meetings;

/// <summary>One person's action items across every meeting, keyed by the person's id; keeps nothing of its own.</summary>
[Alias("Forbedring.IPersonActionItemsGrain")]
public interface IPersonActionItemsGrain : IGrainWithStringKey
{
    /// <summary>Open items first, by due date; then the done ones.</summary>
    [Alias("Get")] Task<IReadOnlyList<ActionItem>> Get();
}
