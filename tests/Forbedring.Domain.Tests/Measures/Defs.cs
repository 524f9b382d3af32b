using Forbedring.Abstractions.Measures;
using Forbedring.Statistics;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Domain.Tests.Measures;

/// <summary>Measure definitions for the tests: one per data kind, monthly unless told.</summary>
public static class Defs
{
    public static MeasureDefinition Of(DataKind kind, Frequency frequency = Frequency.Month) =>
        new("Måling", MeasureKind.Process, kind, frequency, BetterDirection.Up, null, null, null, null, null, null, null, RuleSet.Anhoej, null);

    public static PointInput Value(string period, double value, string? note = null) => new(period, null, value, null, null, note);

    public static PointInput Ratio(string period, double numerator, double denominator) => new(period, null, null, numerator, denominator, null);
}
