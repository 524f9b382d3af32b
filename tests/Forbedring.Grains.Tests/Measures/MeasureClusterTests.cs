using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Tests.Infrastructure;
using Forbedring.Statistics;
using Orleans.TestingHost;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Grains.Tests.Measures;

/// <summary>
/// A measure through a real two-silo cluster and a client connected over the network, so every
/// call is serialized: the statistics enums in the definition and the analysis must survive it,
/// with no serializer set-up on the client beyond referencing Abstractions.
/// </summary>
public sealed class MeasureClusterTests : IAsyncLifetime
{
    private static readonly Actor Kari = new("person_kari", "Kari");
    private InProcessTestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        var configuration = TestClusters.Configuration(TestStorage.UniquePrefix("Measures"));
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddForbedring(configuration));
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private async Task<string> AreaAsync()
    {
        var grains = cluster.Client;
        var service = (await grains.GetGrain<IServiceGrain>("service_a").Create(new ServiceInput("Hjemmetjenesten", null, null), Kari)).Value!;
        var network = (await grains.GetGrain<INetworkGrain>("network_a").Create(new NetworkInput("Nettverk", null, null, null, null, null, null), Kari)).Value!;
        await grains.GetGrain<INetworkGrain>(network.Id).AddService(service.Id, new DateOnly(2024, 1, 1), Kari);
        var area = await grains.GetGrain<IImprovementAreaGrain>("area_a").Create(new NewAreaInput(network.Id, service.Id, null, "Trygg medisinering", null, null), null, Kari);
        Assert.True(area.Succeeded, string.Join("; ", area.Errors.Select(e => e.MessageEn)));
        return area.Value!.Id;
    }

    [Fact]
    public async Task Chart_settings_and_the_analysis_cross_the_wire_intact()
    {
        using var caller = CallerIdentity.Use("person_test");
        var areaId = await AreaAsync();
        var measure = cluster.Client.GetGrain<IMeasureGrain>("measure_wire");
        var definition = new MeasureDefinition("Fall per måned", MeasureKind.Outcome, DataKind.Count, Frequency.Month, BetterDirection.Down,
            null, null, null, "fall", null, 2, ChartType.C, RuleSet.Ihi, null);

        var created = await measure.Create(areaId, definition, null, Kari);
        Assert.True(created.Succeeded);
        Assert.Equal(ChartType.C, created.Value!.Definition.Chart);
        Assert.Equal(RuleSet.Ihi, created.Value.Definition.RuleSet);

        var points = Enumerable.Range(1, 14).Select(m => new PointInput(null, new DateOnly(2023, 1, 1).AddMonths(m), m % 4, null, null, null)).ToList();
        Assert.True((await measure.LogMany(points, Kari)).Succeeded);

        var chart = await measure.GetChart();
        Assert.NotNull(chart!.Analysis);
        Assert.Equal(ChartType.C, chart.Choice.Chart);
        Assert.Equal(14, chart.Analysis.Points.Count);
        Assert.Equal(RuleSet.Ihi, chart.Analysis.Verdict.RuleSet);
        Assert.NotNull(chart.Analysis.Ihi);
        Assert.NotNull(chart.Analysis.Points[0].UpperLimit);

        var summary = await measure.GetSummary();
        Assert.Equal(14, summary!.PointCount);
        Assert.Equal(chart.Analysis.Verdict.Variation, summary.Variation);
        Assert.Equal((await cluster.Client.GetGrain<IImprovementAreaGrain>(areaId).Get())!.MeasureIds, ["measure_wire"]);
    }
}
