namespace Forbedring.Statistics.Preparation;

/// <summary>
/// The series after the shared data-preparation step: one entry per subgroup, in ascending x order.
/// Missing values are NaN here and become null only at the output boundary.
/// </summary>
internal sealed class PreparedSeries
{
    public required int Count { get; init; }

    /// <summary>Subgroup labels: the x text of the subgroup's first row.</summary>
    public required LabelColumn X { get; init; }

    /// <summary>Default plotted y: sum(y)/sum(n) with a denominator, otherwise the mean of the non-missing y.</summary>
    public required double[] Y { get; init; }

    /// <summary>Sum of y; a lone missing row stays NaN, several all-missing rows give 0.</summary>
    public required double[] YSum { get; init; }

    /// <summary>Sum of the non-missing denominators (0 when all are missing); null when the series has none.</summary>
    public double[]? N { get; init; }

    /// <summary>Per-subgroup count, mean and sample SD of the non-missing y; filled for xbar and s only.</summary>
    public int[]? YLength { get; init; }

    public double[]? YMean { get; init; }
    public double[]? YSd { get; init; }

    public static PreparedSeries Empty { get; } = new() { Count = 0, X = new LabelColumn(Array.Empty<string>()), Y = [], YSum = [] };
}

/// <summary>
/// The subgroup labels. When every row is its own subgroup, already in order (the common case), the
/// labels are read from the observations instead of copied: a million-row series then needs no
/// extra array of references. Observation is immutable; the list is assumed not to change while
/// the analysis is in use (each request builds its own).
/// </summary>
internal readonly struct LabelColumn
{
    private readonly string[]? _labels;
    private readonly IReadOnlyList<Observation>? _rows;

    public LabelColumn(string[] labels) => _labels = labels;

    public LabelColumn(IReadOnlyList<Observation> rows) => _rows = rows;

    public string this[int index] => _labels is not null ? _labels[index] : _rows![index].X;
}
