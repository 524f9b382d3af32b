namespace Forbedring.Abstractions.Common;

/// <summary>
/// An error the user caused and can fix: which field, a stable code, and what to do, in bokmål
/// and English. Errors are values, not exceptions.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.UserError")]
public sealed record UserError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Field,
    [property: Id(2)] string MessageNb,
    [property: Id(3)] string MessageEn);
