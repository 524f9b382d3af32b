using Forbedring.Abstractions.Measures;

namespace Forbedring.Domain.Measures;

/// <summary>What a data point of each kind holds, and how it is shown.</summary>
public static class ValueKinds
{
    /// <summary>Proportions and rates are logged as numerator and denominator; the rest as one value.</summary>
    public static bool UsesRatio(DataKind kind) => kind is DataKind.Proportion or DataKind.Rate;

    /// <summary>Proportions are shown in percent, so a target for one is given in percent too.</summary>
    public static double Multiplier(DataKind kind) => kind == DataKind.Proportion ? 100 : 1;

    /// <summary>The value as charted: a percentage for proportions, events per unit for rates, else the value.</summary>
    public static double? Plotted(DataKind kind, double? value, double? numerator, double? denominator) =>
        UsesRatio(kind)
            ? numerator is { } n && denominator is { } d && d > 0 ? n / d * Multiplier(kind) : null
            : value;
}
