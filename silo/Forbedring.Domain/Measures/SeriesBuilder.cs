using System.Globalization;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Statistics;

namespace Forbedring.Domain.Measures;

/// <summary>
/// Turns a measure and its points into the statistics library's <see cref="SeriesSpec"/> and
/// analyses it: the same engine the stateless <c>analyzeSeries</c> query uses. Baseline and phases
/// are kept as period keys and become positions only here, so late points never shift them.
/// </summary>
public static class SeriesBuilder
{
    /// <param name="points">The series in period order.</param>
    public static SeriesSpec Build(MeasureDefinition definition, ChartSettings settings, ChartType chart, IReadOnlyList<MeasurePoint> points)
    {
        var ratio = ValueKinds.UsesRatio(definition.DataKind);
        var observations = points.Select(p => new Observation(
            Periods.Start(p.Period, definition.Frequency).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ratio ? p.Numerator : p.Value,
            ratio ? p.Denominator : null)).ToList();

        int Before(string period) => points.Count(p => string.CompareOrdinal(p.Period, period) < 0);
        var parts = settings.Phases.Select(p => Before(p.StartsAt)).Where(n => n > 0 && n < points.Count).Distinct().Order().ToList();
        var freeze = settings.BaselineEnd is { } end ? points.Count(p => string.CompareOrdinal(p.Period, end) <= 0) : 0;
        var exclude = points.Select((p, i) => (p, i)).Where(x => x.p.Exclusion is not null).Select(x => x.i + 1).ToList();

        return new SeriesSpec(chart, observations)
        {
            XKind = XKind.Date,
            Freeze = freeze > 0 ? freeze : null,
            Parts = parts.Count > 0 ? parts : null,
            Exclude = exclude.Count > 0 ? exclude : null,
            Multiply = ValueKinds.Multiplier(definition.DataKind),
            RuleSet = definition.RuleSet,
            Direction = definition.Better == BetterDirection.Up ? ImprovementDirection.Up : ImprovementDirection.Down,
            Target = definition.Target,
        };
    }

    public static MeasureChart Analyze(MeasureDefinition definition, ChartSettings settings, IReadOnlyList<MeasurePoint> points)
    {
        var choice = ChartDefaults.Choose(definition, points.Count);
        var outcome = SeriesAnalyzer.Analyze(Build(definition, settings, choice.Chart, points));
        var errors = outcome.Errors.Select(e => new UserError(e.Code, e.Field, e.MessageNb, e.MessageEn)).ToList();
        var automatic = choice.Automatic ? choice : ChartDefaults.Choose(definition with { Chart = null }, points.Count);
        return new MeasureChart(choice, definition.RuleSet, points.Select(p => p.Period).ToList(), outcome.Analysis, errors) { Automatic = automatic };
    }
}
