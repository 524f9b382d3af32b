using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;

namespace Forbedring.Abstractions.Templates;

/// <summary>
/// An area template (tiltakspakke): a suggested improvement area with its aim and measures already
/// defined, offered to one network (NetworkId) or to the whole installation (NetworkId null).
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AreaTemplateView")]
public sealed record AreaTemplateView(
    [property: Id(0)] string Id,
    [property: Id(1)] string? NetworkId,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Problem,
    [property: Id(4)] AimStatement Aim,
    [property: Id(5)] IReadOnlyList<MeasureDefinition> Measures,
    [property: Id(6)] IReadOnlyList<string> AreaIds,
    [property: Id(7)] int Version,
    [property: Id(8)] Stamp Created);

[GenerateSerializer, Immutable, Alias("Forbedring.AreaTemplateInput")]
public sealed record AreaTemplateInput(
    [property: Id(0)] string? NetworkId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Problem,
    [property: Id(3)] AimStatement? Aim,
    [property: Id(4)] IReadOnlyList<MeasureDefinition>? Measures);
