using Forbedring.Statistics;

namespace Forbedring.Abstractions.Measures;

public enum MeasureKind { Outcome, Process, Balancing }

/// <summary>What one data point holds, which decides the default chart (P, C, U, I, T, G).</summary>
public enum DataKind { Proportion, Count, Rate, Measurement, TimeBetweenEvents, CasesBetweenEvents }

public enum Frequency { Day, Week, Month }

public enum BetterDirection { Up, Down }

/// <summary>
/// A measure as its team defines it (måling): the operational definition and how it is charted.
/// Also what an area template carries, so a service starting from a template gets the same measures.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeasureDefinition")]
public sealed record MeasureDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] MeasureKind Kind,
    [property: Id(2)] DataKind DataKind,
    [property: Id(3)] Frequency Frequency,
    [property: Id(4)] BetterDirection Better,
    [property: Id(5)] string? Definition,
    [property: Id(6)] string? NumeratorDefinition,
    [property: Id(7)] string? DenominatorDefinition,
    [property: Id(8)] string? Unit,
    [property: Id(9)] string? Source,
    [property: Id(10)] double? Target,
    [property: Id(11)] ChartType? Chart,
    [property: Id(12)] RuleSet RuleSet,
    [property: Id(13)] string? ResponsiblePersonId);
