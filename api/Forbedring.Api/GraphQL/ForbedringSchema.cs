using GraphQL.Types;

namespace Forbedring.Api.GraphQL;

public sealed class ForbedringSchema : Schema
{
    public ForbedringSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
