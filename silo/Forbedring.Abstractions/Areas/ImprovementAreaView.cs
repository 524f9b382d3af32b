namespace Forbedring.Abstractions.Areas;

[GenerateSerializer, Immutable, Alias("Forbedring.ImprovementAreaView")]
public sealed record ImprovementAreaView(
    [property: Id(0)] string Id,
    [property: Id(1)] string NetworkId,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] string Title,
    [property: Id(4)] IReadOnlyList<string> MeasureIds,
    [property: Id(5)] int Version);
