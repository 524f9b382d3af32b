using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Transfer;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Networks;
using Forbedring.Domain.Validation;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Transfer;

public sealed record ImportNetworkInput(string Document);

public sealed class ImportNetworkInputType : InputObjectGraphType<ImportNetworkInput>
{
    public ImportNetworkInputType()
    {
        Name = "ImportNetworkInput";
        Field(x => x.Document).Description("A document from exportNetwork (or GET /api/networks/{id}/export).");
    }
}

/// <summary>A network out as one JSON document, and in again under new ids (to move between installations).</summary>
public sealed class TransferFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    /// <summary>About 20 MB of JSON: far above a large network, far below what hurts the server.</summary>
    public const int MaxDocumentLength = 20_000_000;

    public void AddQueries(ObjectGraphType query) =>
        query.Field<StringGraphType>("exportNetwork")
            .Requires(Permission.ManageNetwork, On.Network("id"))
            .Description("The whole network (services, people, areas, measures with their data, PDSA cycles, templates) as one JSON document.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<INetworkTransferGrain>(0).Export(context.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<NetworkPayloadType>>("importNetwork")
            .Requires(Permission.Administer)
            .Description("Creates a copy of an exported network in this installation, with new ids.")
            .Argument<NonNullGraphType<ImportNetworkInputType>>("input")
            .ResolveAsync(async context =>
            {
                var document = context.GetArgument<ImportNetworkInput>("input").Document;
                if (document.Length > MaxDocumentLength)
                    return Result<NetworkView>.Failure(Errors.TooLong("document", MaxDocumentLength));
                var imported = await grains.GetGrain<INetworkTransferGrain>(0).Import(document, context.Actor());
                if (!imported.Succeeded)
                    return Result<NetworkView>.Failure(imported.Errors);
                return await grains.GetGrain<INetworkGrain>(imported.Value!).Get() is { } network
                    ? Result<NetworkView>.Success(network)
                    : Result<NetworkView>.Failure(Errors.NotFound("document.networkId", "nettverk", "network", imported.Value!));
            });
}
