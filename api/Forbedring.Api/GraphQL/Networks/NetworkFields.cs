using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using Forbedring.Domain.Validation;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Networks;

public sealed class NetworkFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkType>>>>("networks")
            .Requires(Permission.SignedIn)
            .Description("Learning networks by name; archived ones only when asked for.")
            .Argument<BooleanGraphType>("includeArchived", arg => arg.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var includeArchived = context.GetArgument("includeArchived", false);
                var entries = await grains.GetGrain<ICatalogGrain>(0).List(CatalogKind.Network);
                return await GrainResolve.AllAsync(
                    entries.Where(e => includeArchived || !e.Archived).Select(e => e.Id),
                    id => grains.GetGrain<INetworkGrain>(id).Get());
            });
        query.Field<NetworkType>("network")
            .Requires(Permission.ReadNetwork, On.Network("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("createNetwork")
            .Requires(Permission.Administer)
            .Description("Creates a learning network; the caller becomes its first facilitator.")
            .Argument<NonNullGraphType<NetworkInputType>>("input")
            .ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(Ids.New("network"))
                .Create(context.GetArgument<NetworkInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("updateNetwork")
            .Requires(Permission.ManageNetwork, On.Network("input.id"))
            .Argument<NonNullGraphType<UpdateNetworkInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateNetworkInput>("input");
                return await Network(input.Id).Update(input.Network, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("archiveNetwork")
            .Requires(Permission.ManageNetwork, On.Network("input.id"))
            .Argument<NonNullGraphType<ArchiveNetworkInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ArchiveNetworkInput>("input");
                return await Network(input.Id).SetArchived(input.Archived, context.Actor());
            });
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("addServiceToNetwork")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Argument<NonNullGraphType<NetworkServiceInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<NetworkServiceInput>("input");
                return await Network(input.NetworkId).AddService(input.ServiceId, input.Date, context.Actor());
            });
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("removeServiceFromNetwork")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Description("The service leaves the network; its time in the network stays in the history.")
            .Argument<NonNullGraphType<NetworkServiceInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<NetworkServiceInput>("input");
                return await Network(input.NetworkId).RemoveService(input.ServiceId, input.Date, context.Actor());
            });
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("addNetworkMember")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Argument<NonNullGraphType<NetworkMemberInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<NetworkMemberInput>("input");
                if (input.Role is not { } role)
                    return Result<NetworkView>.Failure(Errors.Required("role"));
                return await Network(input.NetworkId).AddMember(input.PersonId, role, input.Date, context.Actor());
            });
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("removeNetworkMember")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Description("The person leaves the network; their membership stays in the history.")
            .Argument<NonNullGraphType<NetworkMemberInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<NetworkMemberInput>("input");
                return await Network(input.NetworkId).RemoveMember(input.PersonId, input.Date, context.Actor());
            });
    }

    private INetworkGrain Network(string id) => grains.GetGrain<INetworkGrain>(id);
}
