using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>
/// Each feature adds its own root fields, so the root types stay a table of contents and features
/// never edit each other's files. Implementations are found and registered by assembly scan.
/// </summary>
public interface IQueryContributor
{
    void AddQueries(ObjectGraphType query);
}

public interface IMutationContributor
{
    void AddMutations(ObjectGraphType mutation);
}

public interface ISubscriptionContributor
{
    void AddSubscriptions(ObjectGraphType subscription);
}
