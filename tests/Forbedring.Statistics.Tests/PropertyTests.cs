using FsCheck;
using FsCheck.Xunit;
using static Forbedring.Statistics.Tests.TestData;

namespace Forbedring.Statistics.Tests;

/// <summary>Properties that must hold for any data, checked on generated series.</summary>
public class PropertyTests
{
    private static double?[] Ys(int[] raw) => [.. raw.Select(v => (double?)(v / 7.0))];

    private static bool Close(double? a, double? b, double scale = 1) =>
        (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) <= 1e-9 * Math.Max(scale, Math.Max(Math.Abs(x), Math.Abs(y))));

    [Property(MaxTest = 200)]
    public bool I_chart_limits_are_symmetric_about_the_centre_line(int[] raw)
    {
        var a = Analyze(Spec(ChartType.I, Ys(raw)));
        return a.Points.All(p => p.UpperLimit is null
            || (Close(p.UpperLimit - p.CenterLine, p.CenterLine - p.LowerLimit, 1 + Math.Abs(p.CenterLine!.Value))
                && Close(p.UpperLimit95 - p.CenterLine, p.CenterLine - p.LowerLimit95, 1 + Math.Abs(p.CenterLine.Value))));
    }

    [Property(MaxTest = 200)]
    public bool Shifting_every_y_by_k_shifts_centre_line_and_limits_by_k(int[] raw, short k)
    {
        var ys = Ys(raw);
        var a = Analyze(Spec(ChartType.I, ys));
        var b = Analyze(Spec(ChartType.I, [.. ys.Select(y => y + k)]));
        var scale = 1 + Math.Abs(k) + raw.Select(v => Math.Abs(v / 7.0)).DefaultIfEmpty().Max();
        return a.Points.Zip(b.Points).All(pair =>
            Close(pair.First.CenterLine + k, pair.Second.CenterLine, scale)
            && Close(pair.First.UpperLimit + k, pair.Second.UpperLimit, scale)
            && Close(pair.First.LowerLimit + k, pair.Second.LowerLimit, scale));
    }

    [Property(MaxTest = 200)]
    public bool Multiply_scales_y_centre_line_and_limits(int[] raw, PositiveInt factor)
    {
        var m = factor.Get / 10.0;
        var a = Analyze(Spec(ChartType.I, Ys(raw)));
        var b = Analyze(Spec(ChartType.I, Ys(raw)) with { Multiply = m });
        return a.Points.Zip(b.Points).All(pair =>
            Close(pair.First.Y * m, pair.Second.Y)
            && Close(pair.First.CenterLine * m, pair.Second.CenterLine)
            && Close(pair.First.UpperLimit * m, pair.Second.UpperLimit)
            && Close(pair.First.LowerLimit95 * m, pair.Second.LowerLimit95)
            && pair.First.SigmaSignal == pair.Second.SigmaSignal);
    }

    [Property(MaxTest = 200)]
    public bool Permuting_points_within_a_part_keeps_the_I_chart_centre_line(int[] raw, int seed)
    {
        var ys = Ys(raw);
        var shuffled = (double?[])ys.Clone();
        new Random(seed).Shuffle(shuffled);
        var a = Analyze(Spec(ChartType.I, ys));
        var b = Analyze(Spec(ChartType.I, shuffled));
        return a.Points.Zip(b.Points).All(pair => Close(pair.First.CenterLine, pair.Second.CenterLine, 1 + raw.Select(v => Math.Abs(v / 7.0)).DefaultIfEmpty().Max()));
    }

    [Property(MaxTest = 500)]
    public bool No_output_is_ever_NaN_or_infinite_and_nothing_throws(int chartIndex, (int? Y, byte? N)[] rows, int[] exclude, bool screen, byte multiply)
    {
        var charts = Enum.GetValues<ChartType>();
        var chart = charts[Math.Abs(chartIndex % charts.Length)];
        // Rows share x now and then (i / 2 for some), so aggregation is exercised too.
        var observations = rows.Select((r, i) => new Observation(
            (i % 3 == 0 ? i / 2 : i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Y is { } y ? Math.Abs(y) % 50 : null,
            r.N is { } n ? n : null)).ToArray();
        var positions = exclude.Where(e => e >= 1 && e <= observations.Length / 2).ToArray();
        var spec = new SeriesSpec(chart, observations)
        {
            Exclude = positions,
            ScreenMovingRanges = screen,
            Multiply = 1 + multiply,
            RuleSet = chart == ChartType.I && multiply % 2 == 0 ? RuleSet.Nhs : (multiply % 3 == 0 ? RuleSet.Ihi : RuleSet.Anhoej),
            Direction = ImprovementDirection.Up,
            Target = 10,
        };

        var outcome = SeriesAnalyzer.Analyze(spec);
        if (!outcome.Succeeded)
        {
            return outcome.Errors.Count > 0 && outcome.Errors.All(e => e.MessageNb.Length > 0 && e.MessageEn.Length > 0);
        }

        static bool Ok(double? v) => v is null || double.IsFinite(v.Value);
        return outcome.Analysis.Points.All(p => Ok(p.Y) && Ok(p.N) && Ok(p.CenterLine) && Ok(p.LowerLimit) && Ok(p.UpperLimit)
            && Ok(p.LowerLimit95) && Ok(p.UpperLimit95) && Ok(p.YMean) && Ok(p.YSd));
    }
}
