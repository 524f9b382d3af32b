using Forbedring.Abstractions.Measures;
using Forbedring.Statistics;
using StatsKind = Forbedring.Statistics.DataKind;

namespace Forbedring.Domain.Measures;

/// <summary>
/// The chart in force: the team's choice, or the default for the data kind (proportion → P,
/// count → C, rate → U, measurement → I, time between events → T, cases between events → G), and a
/// run chart while there are fewer than 12 points. The statistics library's suggestion decides the
/// four kinds it knows; the two rare-event kinds are decided here.
/// </summary>
public static class ChartDefaults
{
    public static ChartChoice Choose(MeasureDefinition definition, int pointCount)
    {
        if (definition.Chart is { } chosen)
            return new ChartChoice(chosen, false, $"Valgt av teamet: {Name(chosen)}.", $"Chosen by the team: {NameEn(chosen)}.");

        var statsKind = definition.DataKind switch
        {
            Abstractions.Measures.DataKind.Proportion => StatsKind.Proportion,
            Abstractions.Measures.DataKind.Count => StatsKind.Count,
            Abstractions.Measures.DataKind.Rate => StatsKind.Rate,
            _ => StatsKind.Measurement,
        };
        var suggestion = ChartSuggestion.Suggest(statsKind, pointCount);
        if (suggestion.Chart != ChartType.Run)
        {
            if (definition.DataKind == Abstractions.Measures.DataKind.TimeBetweenEvents)
                return new ChartChoice(ChartType.T, true, "Tid mellom sjeldne hendelser: T-diagram.", "Time between rare events: T chart.");
            if (definition.DataKind == Abstractions.Measures.DataKind.CasesBetweenEvents)
                return new ChartChoice(ChartType.G, true, "Antall tilfeller mellom sjeldne hendelser: G-diagram.", "Cases between rare events: G chart.");
        }
        return new ChartChoice(suggestion.Chart, true, suggestion.ReasonNb, suggestion.ReasonEn);
    }

    private static string Name(ChartType chart) => chart == ChartType.Run ? "seriediagram" : $"{Label(chart)}-diagram";

    private static string NameEn(ChartType chart) => chart == ChartType.Run ? "run chart" : $"{Label(chart)} chart";

    private static string Label(ChartType chart) => chart switch
    {
        ChartType.PP => "P′",
        ChartType.UP => "U′",
        ChartType.Xbar => "X̄",
        _ => chart.ToString(),
    };
}
