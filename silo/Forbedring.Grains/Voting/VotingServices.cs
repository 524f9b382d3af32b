using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forbedring.Grains.Voting;

public static class VotingServices
{
    /// <summary>The card and vote rows of every meeting.</summary>
    public static IServiceCollection AddForbedringVoting(this IServiceCollection services)
    {
        services.TryAddSingleton<VoteStore>();
        return services;
    }
}
