namespace Forbedring.Abstractions.Measures;

[GenerateSerializer, Immutable, Alias("Forbedring.MeasureView")]
public sealed record MeasureView(
    [property: Id(0)] string Id,
    [property: Id(1)] string AreaId,
    [property: Id(2)] MeasureDefinition Definition,
    [property: Id(3)] string? TemplateMeasureId,
    [property: Id(4)] int Version);
