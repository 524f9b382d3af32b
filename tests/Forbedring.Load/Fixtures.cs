using System.Text.Json;

namespace Forbedring.Load;

/// <summary>Creates what the scenarios need through the public API, as a user would.</summary>
public sealed class Fixtures(GraphQLClient api)
{
    public async Task<(string NetworkId, string ServiceId)> NetworkWithServiceAsync(string name)
    {
        var network = await api.MutateAsync("createNetwork", "network", "NetworkInput", new { name, theme = "Last" });
        var service = await api.MutateAsync("createService", "service", "ServiceInput", new { name = name + " tjeneste" });
        await api.MutateAsync("addServiceToNetwork", "network", "NetworkServiceInput",
            new { networkId = network.GetProperty("id").GetString(), serviceId = service.GetProperty("id").GetString() });
        return (network.GetProperty("id").GetString()!, service.GetProperty("id").GetString()!);
    }

    public async Task<string> AreaAsync(string networkId, string serviceId, string title)
    {
        var area = await api.MutateAsync("createImprovementArea", "improvementArea", "CreateImprovementAreaInput",
            new { networkId, serviceId, title, aim = new { what = "Færre fall", howMuch = "30 %", text = "Færre fall innen ett år" } });
        return area.GetProperty("id").GetString()!;
    }

    public async Task<string> MeasureAsync(string areaId, string name, string frequency = "DAY")
    {
        var measure = await api.MutateAsync("createMeasure", "measure", "CreateMeasureInput", new
        {
            areaId,
            definition = new { name, kind = "PROCESS", dataKind = "PROPORTION", frequency, better = "UP" },
        });
        return measure.GetProperty("id").GetString()!;
    }

    /// <summary>Logs daily proportions for <paramref name="count"/> consecutive days in bulk.</summary>
    public async Task FillAsync(string measureId, int count)
    {
        var start = new DateOnly(2000, 1, 1);
        for (var offset = 0; offset < count; offset += 100)
        {
            var points = Enumerable.Range(offset, Math.Min(100, count - offset))
                .Select(i => new { measureId, period = Day(start, i), numerator = (double)(i % 7 + 2), denominator = 10.0 })
                .ToArray();
            await api.MutateAsync("logMeasurements", "points", "LogMeasurementsInput", new { measureId, points = points.Select(p => new { p.period, p.numerator, p.denominator }) }, "period");
        }
    }

    public static string Day(DateOnly start, int offset) => start.AddDays(offset).ToString("yyyy-MM-dd");

    public static JsonElement Id(JsonElement e) => e.GetProperty("id");
}
