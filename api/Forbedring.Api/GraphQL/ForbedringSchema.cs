using GraphQL.Types;

namespace Forbedring.Api.GraphQL;

public sealed class ForbedringSchema : Schema
{
    public ForbedringSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
    }
}
