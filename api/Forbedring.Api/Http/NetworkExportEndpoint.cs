using System.Text;
using Forbedring.Abstractions.Transfer;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;

namespace Forbedring.Api.Http;

/// <summary>GET /api/networks/{id}/export: the whole network as one JSON document to download.</summary>
public static class NetworkExportEndpoint
{
    public static IEndpointRouteBuilder MapNetworkExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/networks/{id}/export", async (string id, IGrainFactory grains, AccessDecider access) =>
            await access.RefusalAsync(new Demand(Permission.ManageNetwork, new Target(TargetKind.Network, id))) is { } refusal
                ? refusal
                : await grains.GetGrain<INetworkTransferGrain>(0).Export(id) is { } json
                    ? Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"forbedring-{id}.json")
                    : Results.NotFound());
        return app;
    }
}
