using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Networks;
using Forbedring.Grains.Demo;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Demo;

/// <summary>Loads the demo network on request (docs/guide-demo.md).</summary>
public sealed class DemoFields(IGrainFactory grains, TimeProvider time) : IMutationContributor
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("loadDemoNetwork")
            .Requires(Permission.Administer)
            .Description("Loads a fresh copy of the demo learning network «Gode overganger» (made-up people, aggregate data only); a caller who is a person here becomes a facilitator of the copy.")
            .ResolveAsync(async context =>
            {
                var id = await new DemoNetwork(grains, time).LoadAsync(context.Actor());
                var network = await grains.GetGrain<INetworkGrain>(id).Get()
                    ?? throw new InvalidOperationException($"The demo network {id} was loaded but cannot be read.");
                return Result<NetworkView>.Success(network);
            });
}
