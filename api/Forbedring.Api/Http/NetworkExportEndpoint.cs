using System.Text;
using Forbedring.Abstractions.Transfer;

namespace Forbedring.Api.Http;

/// <summary>GET /api/networks/{id}/export: the whole network as one JSON document to download.</summary>
public static class NetworkExportEndpoint
{
    public static IEndpointRouteBuilder MapNetworkExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/networks/{id}/export", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<INetworkTransferGrain>(0).Export(id) is { } json
                ? Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"forbedring-{id}.json")
                : Results.NotFound());
        return app;
    }
}
