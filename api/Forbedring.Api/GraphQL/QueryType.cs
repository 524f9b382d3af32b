using Forbedring.Api.GraphQL.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL;

/// <summary>The root query; each feature adds its fields through an <see cref="IQueryContributor"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryContributor> contributors)
    {
        Name = "Query";
        foreach (var contributor in contributors)
            contributor.AddQueries(this);
    }
}

/// <summary>The root mutation; each feature adds its fields through an <see cref="IMutationContributor"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationContributor> contributors)
    {
        Name = "Mutation";
        foreach (var contributor in contributors)
            contributor.AddMutations(this);
    }
}

/// <summary>The root subscription; each feature adds its live fields through an <see cref="ISubscriptionContributor"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionContributor> contributors)
    {
        Name = "Subscription";
        foreach (var contributor in contributors)
            contributor.AddSubscriptions(this);
    }
}
