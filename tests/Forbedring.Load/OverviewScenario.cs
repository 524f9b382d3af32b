namespace Forbedring.Load;

/// <summary>A network of the size the target names: 20 services × 3 areas × 3 measures, with data.</summary>
public static class OverviewScenario
{
    public const string Query = """
        query($id: ID!) { networkOverview(networkId: $id) { services { service { name } engagement { status }
          areas { title status teamScore facilitatorScore measures { name latestValue variation } } } } }
        """;

    public static async Task<string> SetUpAsync(GraphQLClient api, Fixtures fixtures, string run, int services, int areasPerService, int measuresPerArea)
    {
        var network = await api.MutateAsync("createNetwork", "network", "NetworkInput", new { name = "Last oversikt " + run });
        var networkId = network.GetProperty("id").GetString()!;
        for (var s = 0; s < services; s++)
        {
            var service = await api.MutateAsync("createService", "service", "ServiceInput", new { name = $"Tjeneste {s}" });
            var serviceId = service.GetProperty("id").GetString()!;
            await api.MutateAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId, serviceId });
            for (var a = 0; a < areasPerService; a++)
            {
                var areaId = await fixtures.AreaAsync(networkId, serviceId, $"Område {s}.{a}");
                for (var m = 0; m < measuresPerArea; m++)
                    await fixtures.FillAsync(await fixtures.MeasureAsync(areaId, $"Måling {s}.{a}.{m}"), 24);
            }
        }
        return networkId;
    }

    public static Task QueryAsync(GraphQLClient api, string networkId) => api.SendAsync(Query, new { id = networkId });
}
