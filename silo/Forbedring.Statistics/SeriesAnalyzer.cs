using System.Globalization;
using Forbedring.Statistics.Charts;
using Forbedring.Statistics.Numerics;
using Forbedring.Statistics.Preparation;
using Forbedring.Statistics.Rules;
using Forbedring.Statistics.Verdicts;

namespace Forbedring.Statistics;

/// <summary>
/// The one entry point: prepare the data, compute each part's chart, run the chosen rules, judge.
/// Input the user can get wrong comes back as <see cref="AnalysisError"/> values, never as exceptions.
/// </summary>
public static class SeriesAnalyzer
{
    /// <summary>The most rows one call may analyse.</summary>
    public const int MaxObservations = 100_000;

    /// <summary>Fewer base points than this and the limits are trial limits.</summary>
    public const int TrialLimitPoints = 12;

    public static AnalysisOutcome Analyze(SeriesSpec spec) => Analyze(spec, MaxObservations);

    /// <summary>The benchmarks use a higher row limit to measure the engine on a million points.</summary>
    internal static AnalysisOutcome Analyze(SeriesSpec spec, int maxObservations)
    {
        var errors = new ErrorList();
        var warnings = new List<AnalysisWarning>();
        CheckOptions(spec, maxObservations, errors);
        if (errors.Count > 0)
        {
            return AnalysisOutcome.Failure(errors.ToList());
        }

        var series = DataPreparation.Prepare(spec, errors);
        var layout = series is null ? null : SeriesLayout.Build(spec, series.Count, errors, warnings);
        if (series is not null && spec.Chart == ChartType.T)
        {
            CheckPositiveTimes(series, errors);
        }

        if (series is null || layout is null || errors.Count > 0)
        {
            return AnalysisOutcome.Failure(errors.ToList());
        }

        return AnalysisOutcome.Success(Analyze(spec, series, layout, warnings));
    }

    private static void CheckOptions(SeriesSpec? spec, int maxObservations, ErrorList errors)
    {
        if (spec is null || spec.Observations is null)
        {
            errors.Add("MISSING_INPUT", "observations", "Serien mangler observasjoner.", "The series has no observations list.");
            return;
        }

        if (!Enum.IsDefined(spec.Chart) || !Enum.IsDefined(spec.XKind) || !Enum.IsDefined(spec.RuleSet) || !Enum.IsDefined(spec.Direction))
        {
            errors.Add("INVALID_OPTION", "chart", "Ukjent diagramtype, x-type, regelsett eller retning.", "Unknown chart type, x kind, rule set or direction.");
        }

        if (spec.Observations.Count > maxObservations)
        {
            var max = maxObservations.ToString("N0", CultureInfo.InvariantCulture);
            var count = spec.Observations.Count.ToString("N0", CultureInfo.InvariantCulture);
            errors.Add("TOO_MANY_OBSERVATIONS", "observations", $"For mange observasjoner: {count}; høyst {max} er tillatt.", $"Too many observations: {count}; at most {max} are allowed.");
        }

        if (!double.IsFinite(spec.Multiply) || spec.Multiply <= 0)
        {
            errors.Add("INVALID_MULTIPLY", "multiply", "Multiplikatoren må være et endelig tall større enn null.", "The multiplier must be a finite number greater than zero.");
        }

        if (spec.Target is { } target && !double.IsFinite(target))
        {
            errors.Add("NON_FINITE_VALUE", "target", "Målet må være et endelig tall.", "The target must be a finite number.");
        }

        if (spec.RuleSet == RuleSet.Nhs && spec.Chart != ChartType.I)
        {
            errors.Add("RULESET_NOT_SUPPORTED", "ruleSet", "NHS-reglene (Making Data Count) gjelder bare I-diagram (XmR).", "The NHS Making Data Count rules apply to I (XmR) charts only.");
        }

        if (spec.Chart is ChartType.P or ChartType.PP or ChartType.U or ChartType.UP && !HasAnyDenominator(spec.Observations))
        {
            errors.Add("DENOMINATOR_REQUIRED", "observations", "Dette diagrammet trenger en nevner (n) for observasjonene.", "This chart needs a denominator (n) for the observations.");
        }
    }

    private static bool HasAnyDenominator(IReadOnlyList<Observation> observations)
    {
        for (var i = 0; i < observations.Count; i++)
        {
            if (observations[i]?.N is not null)
            {
                return true;
            }
        }

        return observations.Count == 0; // an empty series is analysed as empty, not refused
    }

    /// <summary>T charts take the 1/3.6 power of the times, so every time must be positive.</summary>
    private static void CheckPositiveTimes(PreparedSeries series, ErrorList errors)
    {
        for (var i = 0; i < series.Count; i++)
        {
            if (series.Y[i] <= 0)
            {
                errors.AddRow(
                    "NON_POSITIVE_TIME",
                    $"points[{i}].y",
                    $"Tid mellom hendelser må være større enn null. {ErrorList.PointNb(i, series.X[i])} har {Format(series.Y[i])}.",
                    $"Time between events must be greater than zero. {ErrorList.PointEn(i, series.X[i])} has {Format(series.Y[i])}.");
            }
        }
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static SeriesAnalysis Analyze(SeriesSpec spec, PreparedSeries series, SeriesLayout layout, List<AnalysisWarning> warnings)
    {
        var y = spec.Chart switch
        {
            ChartType.C => series.YSum,
            ChartType.Xbar => series.YMean!,
            ChartType.S => series.YSd!,
            ChartType.MR => MovingRangeChart.PlottedRanges(series.Y, layout),
            _ => series.Y,
        };
        var transformed = spec.Chart == ChartType.T ? RareEventCharts.Transform(y) : null;
        if (transformed is not null)
        {
            // The T chart plots y^(1/3.6) raised to 3.6 again, like its centre line and limits; the round
            // trip can move y by an ulp, and the runs and sigma signals must compare like with like.
            y = RareEventCharts.BackTransform(transformed);
        }

        var ctx = new ChartContext { Series = series, Y = y, Layout = layout, Screen = spec.ScreenMovingRanges, XKind = spec.XKind };

        var segments = layout.Segments;
        var lines = new PartLines[segments];
        var runs = new RunsResult[segments];
        var signalAllowed = spec.Chart != ChartType.MR && spec.XKind != XKind.Category;
        for (var s = 0; s < segments; s++)
        {
            int from = layout.SegmentStart[s], to = layout.SegmentStart[s + 1];
            lines[s] = spec.RuleSet == RuleSet.Nhs ? NhsRules.Lines(ctx, from, to) : Compute(spec.Chart, ctx, transformed, from, to);
            runs[s] = AnhoejRuns.Analyze(y, lines[s].Center, layout, layout.SegmentPart[s], from, to, signalAllowed);
        }

        byte[]? pointTypes = null;
        List<NhsGroup>? groups = null;
        IhiAnalysis? ihi = null;
        if (spec.RuleSet == RuleSet.Nhs)
        {
            pointTypes = new byte[series.Count];
            groups = [];
            for (var s = 0; s < segments; s++)
            {
                groups.Add(NhsRules.Classify(y, lines[s], layout, layout.SegmentPart[s], layout.SegmentStart[s], layout.SegmentStart[s + 1], spec.Direction, pointTypes));
            }
        }
        else if (spec.RuleSet == RuleSet.Ihi)
        {
            var results = new List<IhiPartResult>(segments);
            for (var s = 0; s < segments; s++)
            {
                results.Add(IhiRules.Analyze(y, lines[s].Center, layout, runs[s].Analysis, layout.SegmentPart[s], layout.SegmentStart[s], layout.SegmentStart[s + 1], spec.ScreenMovingRanges));
            }

            ihi = new IhiAnalysis(results);
        }

        var points = new PointTable(series, y, layout, lines, spec.Multiply, pointTypes);
        var hasLimits = spec.Chart != ChartType.Run;
        var assurance = LastPointAssurance(spec, series, layout, lines, hasLimits);
        var trial = hasLimits && segments > 0 && Descriptive.BaseCount(y, layout, layout.SegmentStart[segments - 1], series.Count, TrialLimitPoints) < TrialLimitPoints;
        AddWarnings(series, trial, spec, warnings);

        var signals = segments == 0
            ? default
            : Signals(spec, y, layout, lines[segments - 1], runs[segments - 1], ihi?.Parts[^1], pointTypes, segments - 1);
        var verdict = VerdictBuilder.Build(spec.RuleSet, spec.Direction, signals, assurance, trial, segments);

        return new SeriesAnalysis(points, [.. runs.Select(r => r.Analysis)], groups is { Count: > 0 } ? groups[^1].VariationType : null, assurance, [.. warnings.Select(w => w.MessageEn)], verdict)
        {
            WarningDetails = warnings,
            Ihi = ihi,
            NhsGroups = groups,
        };
    }

    private static PartLines Compute(ChartType chart, ChartContext ctx, double[]? transformed, int from, int to) => chart switch
    {
        ChartType.Run => RunChart.Compute(ctx, from, to),
        ChartType.I => IndividualsChart.Compute(ctx, from, to),
        ChartType.MR => MovingRangeChart.Compute(ctx, from, to),
        ChartType.Xbar => SubgroupCharts.Xbar(ctx, from, to),
        ChartType.S => SubgroupCharts.S(ctx, from, to),
        ChartType.P => ProportionCharts.P(ctx, from, to),
        ChartType.PP => ProportionCharts.PPrime(ctx, from, to),
        ChartType.C => CountCharts.C(ctx, from, to),
        ChartType.U => CountCharts.U(ctx, from, to),
        ChartType.UP => CountCharts.UPrime(ctx, from, to),
        ChartType.G => RareEventCharts.G(ctx, from, to),
        ChartType.T => RareEventCharts.T(ctx, transformed!, from, to),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart type."),
    };

    private static string? LastPointAssurance(SeriesSpec spec, PreparedSeries series, SeriesLayout layout, PartLines[] lines, bool hasLimits)
    {
        if (series.Count == 0)
        {
            return null;
        }

        var segment = layout.Segments - 1;
        var limits = lines[segment].At(series.Count - 1 - layout.SegmentStart[segment]);
        return Assurance.Judge(spec.Target, spec.Direction, hasLimits, PointTable.Finite(limits.Lower * spec.Multiply), PointTable.Finite(limits.Upper * spec.Multiply));
    }

    /// <summary>The special causes in the last part, by the rule set in force.</summary>
    private static SignalSummary Signals(SeriesSpec spec, double[] y, SeriesLayout layout, PartLines lines, RunsResult runs, IhiPartResult? ihi, byte[]? pointTypes, int segment)
    {
        int from = layout.SegmentStart[segment], to = layout.SegmentStart[segment + 1];
        var hasData = runs.Analysis.Observations > 0 && Descriptive.BaseCount(y, layout, from, to, 1) > 0;
        var found = new SignalSummary.Builder();
        if (spec.RuleSet == RuleSet.Nhs)
        {
            // NHS judges the process by its last point's type.
            var last = pointTypes is null ? NhsRules.CommonCause : NhsRules.TypeName(pointTypes[to - 1]) ?? NhsRules.CommonCause;
            if (last is not NhsRules.CommonCause)
            {
                var high = last is NhsRules.NeutralHigh
                    || (last is NhsRules.Improvement && spec.Direction == ImprovementDirection.Up)
                    || (last is NhsRules.Concern && spec.Direction == ImprovementDirection.Down);
                found.Add(to - 1, high ? 1 : -1);
            }

            return new SignalSummary(found.Any, found.Side, hasData);
        }

        if (spec.RuleSet == RuleSet.Ihi && ihi is not null)
        {
            if (ihi.Runs.Signal)
            {
                found.Add(int.MinValue, 0); // the runs rule has no side; any other signal outranks it
            }

            foreach (var p in ihi.ShiftPositions)
            {
                found.Add(p - 1, y[p - 1] > lines.Center ? 1 : -1);
            }

            for (var k = 1; k < ihi.TrendPositions.Count; k++)
            {
                // Within a trend, consecutive flagged points step the trend's way.
                var (a, b) = (y[ihi.TrendPositions[k - 1] - 1], y[ihi.TrendPositions[k] - 1]);
                found.Add(ihi.TrendPositions[k] - 1, b > a ? 1 : -1);
            }

            return new SignalSummary(found.Any, found.Side, hasData, ihi.AstronomicalSuggestions.Count);
        }

        if (runs.Analysis.RunsSignal)
        {
            // The longest run's side tells where the process has moved; a crossings-only signal uses it too.
            found.Add(runs.LongestRunEnd, runs.LongestRunSide);
        }

        // Only the latest sigma signal matters, so scan backwards and stop at the first one.
        for (var i = to - 1; i >= from; i--)
        {
            if (layout.IsIncluded(i))
            {
                var side = SigmaSignal.Side(y[i], lines.At(i - from), spec.Multiply);
                if (side != 0)
                {
                    found.Add(i, side);
                    break;
                }
            }
        }

        return new SignalSummary(found.Any, found.Side, hasData);
    }

    private static void AddWarnings(PreparedSeries series, bool trial, SeriesSpec spec, List<AnalysisWarning> warnings)
    {
        if (series.Count == 0)
        {
            warnings.Add(new AnalysisWarning("NO_OBSERVATIONS", "Serien har ingen observasjoner.", "The series has no observations."));
        }

        if (trial)
        {
            warnings.Add(new AnalysisWarning(
                "TRIAL_LIMITS",
                "Grensene bygger på færre enn 12 punkter og er foreløpige; de blir sikrere etter hvert som flere punkter kommer til.",
                "The limits rest on fewer than 12 points and are trial limits; they firm up as more points arrive."));
        }

        if (spec.Chart == ChartType.Run && series.Count is > 0 and < TrialLimitPoints)
        {
            warnings.Add(new AnalysisWarning(
                "FEW_POINTS",
                "Med færre enn 12 punkter fanger seriediagrammet sjelden opp endringer.",
                "With fewer than 12 points the run chart rarely detects change."));
        }
    }
}
