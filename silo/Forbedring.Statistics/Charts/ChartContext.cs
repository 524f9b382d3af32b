using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Charts;

/// <summary>What a chart formula needs: the prepared series, the chart's own y, the layout and the options.</summary>
internal sealed class ChartContext
{
    public required PreparedSeries Series { get; init; }

    /// <summary>The chart's plotted y before <c>multiply</c> (the count for c, the SD for s, the moving range for mr …).</summary>
    public required double[] Y { get; init; }

    public required SeriesLayout Layout { get; init; }

    public required bool Screen { get; init; }

    public required XKind XKind { get; init; }

    public bool TimeOrdered => XKind != XKind.Category;
}
