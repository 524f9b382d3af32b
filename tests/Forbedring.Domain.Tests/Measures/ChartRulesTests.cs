using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Measures;
using Forbedring.Statistics;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Domain.Tests.Measures;

public sealed class ChartRulesTests
{
    [Theory]
    [InlineData(DataKind.Proportion, ChartType.P)]
    [InlineData(DataKind.Count, ChartType.C)]
    [InlineData(DataKind.Rate, ChartType.U)]
    [InlineData(DataKind.Measurement, ChartType.I)]
    [InlineData(DataKind.TimeBetweenEvents, ChartType.T)]
    [InlineData(DataKind.CasesBetweenEvents, ChartType.G)]
    public void The_automatic_chart_follows_the_data_kind_from_12_points(DataKind kind, ChartType chart)
    {
        var choice = ChartDefaults.Choose(Defs.Of(kind), 12);
        Assert.Equal(chart, choice.Chart);
        Assert.True(choice.Automatic);
        Assert.False(string.IsNullOrEmpty(choice.ReasonNb));
    }

    [Theory]
    [InlineData(DataKind.Proportion)]
    [InlineData(DataKind.TimeBetweenEvents)]
    public void Fewer_than_12_points_give_a_run_chart(DataKind kind) =>
        Assert.Equal(ChartType.Run, ChartDefaults.Choose(Defs.Of(kind), 11).Chart);

    [Fact]
    public void A_chart_chosen_by_the_team_is_kept_whatever_the_count()
    {
        var choice = ChartDefaults.Choose(Defs.Of(DataKind.Count) with { Chart = ChartType.I }, 3);
        Assert.Equal(ChartType.I, choice.Chart);
        Assert.False(choice.Automatic);
        Assert.Contains("I-diagram", choice.ReasonNb);
    }

    [Fact]
    public void A_definition_needs_a_name_and_a_sane_target()
    {
        var errors = MeasureRules.Validate(Defs.Of(DataKind.Proportion) with { Name = " ", Target = 120 }).Errors;
        Assert.Contains(errors, e => e.Field == "name" && e.Code == "REQUIRED");
        Assert.Contains(errors, e => e.Field == "target" && e.Code == "OUT_OF_RANGE");
        Assert.Contains(MeasureRules.Validate(Defs.Of(DataKind.Count) with { Target = double.NaN }).Errors, e => e.Code == "NOT_A_NUMBER");
    }

    [Fact]
    public void The_NHS_rules_need_an_I_chart()
    {
        Assert.Contains(MeasureRules.Validate(Defs.Of(DataKind.Measurement) with { RuleSet = RuleSet.Nhs }).Errors, e => e.Field == "ruleSet");
        Assert.Empty(MeasureRules.Validate(Defs.Of(DataKind.Measurement) with { RuleSet = RuleSet.Nhs, Chart = ChartType.I }).Errors);
    }

    [Fact]
    public void Frequency_and_value_shape_are_fixed_once_points_exist()
    {
        var before = Defs.Of(DataKind.Count);
        var errors = MeasureRules.ValidateChange(before, before with { Frequency = Frequency.Week, DataKind = DataKind.Proportion }, pointCount: 1).Errors;
        Assert.Contains(errors, e => e.Field == "frequency" && e.Code == "FIXED_ONCE_LOGGED");
        Assert.Contains(errors, e => e.Field == "dataKind" && e.Code == "FIXED_ONCE_LOGGED");
        Assert.Empty(MeasureRules.ValidateChange(before, before with { Frequency = Frequency.Week }, pointCount: 0).Errors);
    }

    [Fact]
    public void Chart_settings_need_period_keys_of_the_measure_frequency()
    {
        var input = new ChartSettingsInput(null, RuleSet.Anhoej, "2024-W05", [new PhaseSplit("2024-06", "Etter tiltak"), new PhaseSplit("2024-06", null)]);
        var errors = MeasureRules.Validate(input, Frequency.Month).Errors;
        Assert.Contains(errors, e => e.Field == "baselineEnd" && e.Code == "BAD_PERIOD");
        Assert.Contains(errors, e => e.Field == "phases[1].startsAt" && e.Code == "DUPLICATE");
    }

    [Fact]
    public void The_series_spec_places_baseline_phases_and_exclusions_by_period()
    {
        var stamp = new Stamp(DateTimeOffset.UnixEpoch, "p", "P");
        var points = Enumerable.Range(1, 12).Select(m => new MeasurePoint($"2024-{m:D2}", null, m, 20, null, stamp,
            m == 4 ? new PointExclusion("Feilregistrert", stamp) : null, [], [])).ToList();
        var definition = Defs.Of(DataKind.Proportion) with { Target = 50, Better = BetterDirection.Down };

        var spec = SeriesBuilder.Build(definition, new ChartSettings("2024-06", [new PhaseSplit("2024-09", null), new PhaseSplit("2030-01", null)]), ChartType.P, points);

        Assert.Equal(XKind.Date, spec.XKind);
        Assert.Equal("2024-03-01", spec.Observations[2].X);
        Assert.Equal(3, spec.Observations[2].Y);
        Assert.Equal(20, spec.Observations[2].N);
        Assert.Equal(6, spec.Freeze);
        Assert.Equal([8], spec.Parts!);
        Assert.Equal([4], spec.Exclude!);
        Assert.Equal(100, spec.Multiply);
        Assert.Equal(ImprovementDirection.Down, spec.Direction);
    }

    [Fact]
    public void A_series_is_analysed_with_the_automatic_chart_and_a_verdict()
    {
        var stamp = new Stamp(DateTimeOffset.UnixEpoch, "p", "P");
        var points = Enumerable.Range(1, 14).Select(m => new MeasurePoint(Periods.KeyOf(new DateOnly(2023, 1, 1).AddMonths(m), Frequency.Month),
            null, 10 + m % 3, 20, null, stamp, null, [], [])).ToList();

        var chart = SeriesBuilder.Analyze(Defs.Of(DataKind.Proportion), ChartSettings.None, points);

        Assert.Empty(chart.Errors);
        Assert.Equal(ChartType.P, chart.Choice.Chart);
        Assert.Equal(14, chart.Analysis!.Points.Count);
        Assert.Equal(points.Select(p => p.Period), chart.Periods);
        Assert.NotNull(chart.Analysis.Points[0].UpperLimit);
        Assert.False(string.IsNullOrEmpty(chart.Analysis.Verdict.MessageNb));
    }

    [Fact]
    public void A_chart_chosen_by_the_team_still_tells_what_automatic_would_give()
    {
        var stamp = new Stamp(DateTimeOffset.UnixEpoch, "p", "P");
        var points = Enumerable.Range(1, 14).Select(m => new MeasurePoint(Periods.KeyOf(new DateOnly(2023, 1, 1).AddMonths(m), Frequency.Month),
            null, 10 + m % 3, 20, null, stamp, null, [], [])).ToList();

        var chosen = SeriesBuilder.Analyze(Defs.Of(DataKind.Proportion) with { Chart = ChartType.I }, ChartSettings.None, points);
        var automatic = SeriesBuilder.Analyze(Defs.Of(DataKind.Proportion), ChartSettings.None, points);

        Assert.Equal(ChartType.I, chosen.Choice.Chart);
        Assert.Equal(ChartType.P, chosen.Automatic!.Chart);
        Assert.True(chosen.Automatic.Automatic);
        Assert.Equal(automatic.Choice, automatic.Automatic);
    }
}
