namespace Forbedring.Abstractions.Common;

/// <summary>The outcome of a change: the new value, or the errors that stopped it (nothing was written then).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Result`1")]
public sealed record Result<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] IReadOnlyList<UserError> Errors) : IOutcome
{
    public bool Succeeded => Errors.Count == 0;

    bool IOutcome.Changed => Succeeded;

    object? IOutcome.Subject => Value;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<UserError> errors) => new(default, errors);

    public static Result<T> Failure(UserError error) => new(default, [error]);

    public static implicit operator Result<T>(UserError error) => Failure(error);

    public static implicit operator Result<T>(T value) => Success(value);
}
