namespace Forbedring.Statistics;

/// <summary>What a measure records, as far as choosing a chart goes.</summary>
public enum DataKind
{
    /// <summary>A share of cases: numerator of a denominator (e.g. patients given antibiotics in time).</summary>
    Proportion,

    /// <summary>A count of events in equal-sized periods or areas (e.g. falls per month on one ward).</summary>
    Count,

    /// <summary>Events per unit of exposure that varies (e.g. infections per 1,000 bed days).</summary>
    Rate,

    /// <summary>A measured quantity, one value per period (e.g. median waiting time).</summary>
    Measurement,
}

/// <summary>A suggested chart and why, in bokmål and English.</summary>
public sealed record ChartSuggestionResult(ChartType Chart, string ReasonNb, string ReasonEn);

/// <summary>Suggests a chart for a measure (Provost &amp; Murray, "The Health Care Data Guide", chapter 5).</summary>
public static class ChartSuggestion
{
    /// <summary>Below this many points a run chart is the honest choice: limits from fewer points are unreliable.</summary>
    public const int MinimumPointsForControlChart = 12;

    public static ChartSuggestionResult Suggest(DataKind kind, int pointCount)
    {
        if (pointCount < MinimumPointsForControlChart)
        {
            return new ChartSuggestionResult(
                ChartType.Run,
                "Færre enn 12 punkter: bruk seriediagram til det er nok data for kontrollgrenser.",
                "Fewer than 12 points: use a run chart until there is enough data for control limits.");
        }

        return kind switch
        {
            DataKind.Proportion => new ChartSuggestionResult(
                ChartType.P,
                "Andeler (teller av nevner): P-diagram.",
                "Proportions (numerator of denominator): P chart."),
            DataKind.Count => new ChartSuggestionResult(
                ChartType.C,
                "Antall hendelser i like store perioder: C-diagram.",
                "Counts of events in equal-sized periods: C chart."),
            DataKind.Rate => new ChartSuggestionResult(
                ChartType.U,
                "Hendelser per enhet der enhetene varierer: U-diagram.",
                "Events per unit where the units vary: U chart."),
            _ => new ChartSuggestionResult(
                ChartType.I,
                "Målinger, én verdi per periode: I-diagram (XmR).",
                "Measurements, one value per period: I chart (XmR)."),
        };
    }
}
