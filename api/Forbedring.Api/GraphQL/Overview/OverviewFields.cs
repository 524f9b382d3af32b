using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Overview;
using Forbedring.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Overview;

public sealed class OverviewFields(IGrainFactory grains) : IQueryContributor
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NetworkOverviewType>("networkOverview")
            .Requires(Permission.ReadNetwork, On.Network("networkId"))
            .Description("The facilitator's home: who has started, who has stalled, and how each area is doing.")
            .Argument<NonNullGraphType<IdGraphType>>("networkId")
            .ResolveAsync(async context => await grains.GetGrain<INetworkOverviewGrain>(context.GetArgument<string>("networkId")).Get());
}
