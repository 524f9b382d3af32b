using Forbedring.Abstractions.Meetings;
using Orleans.Concurrency;

namespace Forbedring.Grains.Meetings;

/// <summary>
/// Finds a person's action items through their pointers and reads each from its meeting, which
/// holds the truth (done or not). It keeps nothing: every read is current.
/// </summary>
[StatelessWorker]
public sealed class PersonActionItemsGrain(MeetingRowStore store) : Grain, IPersonActionItemsGrain
{
    public async Task<IReadOnlyList<ActionItem>> Get()
    {
        var personId = this.GetPrimaryKeyString();
        var pointers = await store.ItemsOfAsync(personId);
        var wanted = pointers.Select(p => p.ItemId).ToHashSet();
        var meetings = await Task.WhenAll(pointers.Select(p => p.MeetingId).Distinct()
            .Select(id => GrainFactory.GetGrain<IMeetingGrain>(id).GetActionItems()));
        return meetings.SelectMany(items => items)
            .Where(item => wanted.Contains(item.Id) && item.AssigneeId == personId)
            .OrderBy(item => item.Done)
            .ThenBy(item => item.Due ?? DateOnly.MaxValue)
            .ThenBy(item => item.Created.At)
            .ToList();
    }
}
