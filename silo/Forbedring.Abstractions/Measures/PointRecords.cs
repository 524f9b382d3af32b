using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Measures;

/// <summary>
/// One period of a series as readers see it. Proportions and rates carry numerator and
/// denominator; the other kinds carry a value.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeasurePoint")]
public sealed record MeasurePoint(
    [property: Id(0)] string Period,
    [property: Id(1)] double? Value,
    [property: Id(2)] double? Numerator,
    [property: Id(3)] double? Denominator,
    [property: Id(4)] string? Note,
    [property: Id(5)] Stamp Logged,
    [property: Id(6)] PointExclusion? Exclusion,
    [property: Id(7)] IReadOnlyList<PointAnnotation> Annotations,
    [property: Id(8)] IReadOnlyList<PointCorrection> History);

/// <summary>An earlier value of a period, kept when the period was logged again; newest first.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PointCorrection")]
public sealed record PointCorrection(
    [property: Id(0)] double? Value,
    [property: Id(1)] double? Numerator,
    [property: Id(2)] double? Denominator,
    [property: Id(3)] string? Note,
    [property: Id(4)] Stamp Logged,
    [property: Id(5)] Stamp Replaced);

[GenerateSerializer, Immutable, Alias("Forbedring.PointAnnotation")]
public sealed record PointAnnotation(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] Stamp Written);

/// <summary>Why a point is left out of the centre line, limits and rules (it is still drawn).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PointExclusion")]
public sealed record PointExclusion(
    [property: Id(0)] string Reason,
    [property: Id(1)] Stamp Excluded);

/// <summary>
/// A period's data as logged: the period key, or a date that falls in it. <see cref="ClientRequestId"/>,
/// when given, makes a repeat of the same log return the first answer without writing again.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PointInput")]
public sealed record PointInput(
    [property: Id(0)] string? Period,
    [property: Id(1)] DateOnly? Date,
    [property: Id(2)] double? Value,
    [property: Id(3)] double? Numerator,
    [property: Id(4)] double? Denominator,
    [property: Id(5)] string? Note,
    [property: Id(6)] string? ClientRequestId = null);

/// <summary>
/// One observation (e.g. one patient's checklist): <see cref="Done"/> counts in the numerator of a proportion.
/// A tally sent twice would count twice, so a client that may resend gives a <see cref="ClientRequestId"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.TallyInput")]
public sealed record TallyInput(
    [property: Id(0)] string? Period,
    [property: Id(1)] DateOnly? Date,
    [property: Id(2)] bool Done,
    [property: Id(3)] string? ClientRequestId = null);

[GenerateSerializer, Immutable, Alias("Forbedring.ChartSettingsInput")]
public sealed record ChartSettingsInput(
    [property: Id(0)] Forbedring.Statistics.ChartType? Chart,
    [property: Id(1)] Forbedring.Statistics.RuleSet RuleSet,
    [property: Id(2)] string? BaselineEnd,
    [property: Id(3)] IReadOnlyList<PhaseSplit>? Phases);
