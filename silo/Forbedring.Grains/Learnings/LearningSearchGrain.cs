using Forbedring.Abstractions.Learnings;
using Forbedring.Domain;
using Forbedring.Domain.Learnings;
using Orleans.Concurrency;

namespace Forbedring.Grains.Learnings;

/// <summary>Searches one network's learnings, or every network's (<see cref="ILearningSearchGrain.AllNetworks"/>). Keeps nothing.</summary>
[StatelessWorker]
public sealed class LearningSearchGrain(LearningStore store) : Grain, ILearningSearchGrain
{
    public Task<LearningPage> Search(LearningQuery query)
    {
        if (LearningSearch.Validate(query) is { Failed: true } check)
            throw new ArgumentException(string.Join(" ", check.Errors.Select(e => e.MessageEn)), nameof(query));
        var key = this.GetPrimaryKeyString();
        return store.PageAsync(
            key == ILearningSearchGrain.AllNetworks ? null : key,
            query,
            query.From is { } from ? Clock.StartOf(from) : null,
            query.To is { } to ? Clock.StartOf(to.AddDays(1)) : null);
    }
}
