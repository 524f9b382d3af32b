using Forbedring.Abstractions.Common;

namespace Forbedring.Domain.Validation;

/// <summary>
/// Collects every problem with an input before anything is written, so the user sees them all at
/// once. Field names are the GraphQL input's (camelCase, with a path such as <c>points[2].value</c>).
/// </summary>
public sealed class Check
{
    public const int NameMax = 200;
    public const int ShortTextMax = 2_000;
    public const int LongTextMax = 20_000;

    private readonly List<UserError> errors = [];

    public IReadOnlyList<UserError> Errors => errors;
    public bool Failed => errors.Count > 0;

    public Check Add(UserError error)
    {
        errors.Add(error);
        return this;
    }

    public Check AddRange(IEnumerable<UserError> more)
    {
        errors.AddRange(more);
        return this;
    }

    public Check Required(string field, string? value, int max = NameMax)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Add(Validation.Errors.Required(field));
        return MaxLength(field, value, max);
    }

    /// <summary>Every text the domain accepts passes here, so none can carry a national identity number.</summary>
    public Check MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
            Add(Validation.Errors.TooLong(field, max));
        else if (Privacy.NationalIdentityNumbers.ContainsOne(value))
            Add(Validation.Errors.PatientIdentifiable(field));
        return this;
    }

    public Check Optional(string field, string? value, int max = ShortTextMax) => MaxLength(field, value, max);

    public Check MaxCount<T>(string field, IReadOnlyCollection<T>? items, int max)
    {
        if (items is not null && items.Count > max)
            Add(Validation.Errors.TooMany(field, max));
        return this;
    }

    public Check Ordered(string endField, DateOnly? end, string startField, DateOnly? start)
    {
        if (start is { } s && end is { } e && e < s)
            Add(Validation.Errors.DatesOutOfOrder(endField, startField));
        return this;
    }

    public Check Finite(string field, double? value)
    {
        if (value is { } v && !double.IsFinite(v))
            Add(Validation.Errors.NotFinite(field));
        return this;
    }

    public Check NonNegative(string field, double? value)
    {
        if (value is { } v && double.IsFinite(v) && v < 0)
            Add(Validation.Errors.Negative(field));
        return this;
    }

    public Check Version(string field, int? expected, int actual)
    {
        if (expected is { } e && e != actual)
            Add(Validation.Errors.ChangedBySomeoneElse(field, e, actual));
        return this;
    }

    public Result<T> Then<T>(Func<T> onSuccess) => Failed ? Result<T>.Failure(errors) : Result<T>.Success(onSuccess());
}
