using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Measures;

/// <summary>
/// The rules for one logged period. Field names carry a prefix (e.g. <c>points[3].</c>) so a bulk
/// entry names the row. No patient-identifiable data belongs here: notes are kept short.
/// </summary>
public static class PointRules
{
    public const int NoteMax = 500;
    public const int MaxPointsPerCall = 5_000;

    /// <summary>Validates a point and resolves its period key (null when the period is wrong).</summary>
    public static (string? Period, IReadOnlyList<UserError> Errors) Validate(MeasureDefinition definition, PointInput input, string prefix = "")
    {
        var check = new Check();
        var period = ResolvePeriod(check, definition.Frequency, input.Period, input.Date, prefix);
        check.Optional(prefix + "note", input.Note, NoteMax);
        if (ValueKinds.UsesRatio(definition.DataKind))
            Ratio(check, definition.DataKind, input, prefix);
        else
            Single(check, definition.DataKind, input, prefix);
        return (check.Failed ? null : period, check.Errors);
    }

    /// <summary>The period of a key or a date; both given must agree.</summary>
    public static string? ResolvePeriod(Check check, Frequency frequency, string? period, DateOnly? date, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            if (date is { } d)
                return Periods.KeyOf(d, frequency);
            check.Add(Errors.Required(prefix + "period"));
            return null;
        }
        var key = period.Trim();
        if (!Periods.IsValid(key, frequency))
        {
            check.Add(MeasureRules.BadPeriod(prefix + "period", key, frequency));
            return null;
        }
        if (date is { } day && Periods.KeyOf(day, frequency) != key)
        {
            check.Add(Errors.Invalid(prefix + "date",
                $"Datoen {day:yyyy-MM-dd} ligger ikke i perioden {key}.",
                $"The date {day:yyyy-MM-dd} is not in the period {key}."));
            return null;
        }
        return key;
    }

    /// <summary>The point after one more observation is tallied into the period's current one (or none).</summary>
    public static (double? Value, double? Numerator, double? Denominator)? Tally(DataKind kind, MeasurePoint? current, bool done) => kind switch
    {
        DataKind.Proportion => (null, (current?.Numerator ?? 0) + (done ? 1 : 0), (current?.Denominator ?? 0) + 1),
        DataKind.Count => ((current?.Value ?? 0) + 1, null, null),
        _ => null,
    };

    private static void Ratio(Check check, DataKind kind, PointInput input, string prefix)
    {
        if (input.Value is not null)
            check.Add(Errors.NotUsed(prefix + "value", "numerator/denominator"));
        if (input.Numerator is not { } numerator)
            check.Add(Errors.Required(prefix + "numerator"));
        else
            Count(check, prefix + "numerator", numerator);
        if (input.Denominator is not { } denominator)
        {
            check.Add(Errors.Required(prefix + "denominator"));
            return;
        }
        if (kind == DataKind.Proportion)
        {
            Count(check, prefix + "denominator", denominator);
            if (input.Numerator is { } n && double.IsFinite(n) && double.IsFinite(denominator) && n > denominator)
                check.Add(Errors.NumeratorAboveDenominator(prefix + "numerator", n, denominator));
        }
        else
        {
            // A rate's denominator is exposure (e.g. 1,000 bed days): any positive amount, not only whole ones.
            check.Finite(prefix + "denominator", denominator);
            if (double.IsFinite(denominator) && denominator <= 0)
                check.Add(Errors.NotPositive(prefix + "denominator"));
        }
    }

    private static void Single(Check check, DataKind kind, PointInput input, string prefix)
    {
        if (input.Numerator is not null)
            check.Add(Errors.NotUsed(prefix + "numerator", "value"));
        if (input.Denominator is not null)
            check.Add(Errors.NotUsed(prefix + "denominator", "value"));
        if (input.Value is not { } value)
        {
            check.Add(Errors.Required(prefix + "value"));
            return;
        }
        var field = prefix + "value";
        switch (kind)
        {
            case DataKind.Count or DataKind.CasesBetweenEvents:
                Count(check, field, value);
                break;
            case DataKind.TimeBetweenEvents:
                // The T chart transforms times by a power of 1/3.6: only positive times are meaningful.
                check.Finite(field, value);
                if (double.IsFinite(value) && value <= 0)
                    check.Add(Errors.NotPositive(field));
                break;
            default:
                check.Finite(field, value); // a measurement may be negative (e.g. a change in weight)
                break;
        }
    }

    private static void Count(Check check, string field, double value)
    {
        check.Finite(field, value).NonNegative(field, value);
        if (double.IsFinite(value) && value != Math.Floor(value))
            check.Add(Errors.NotWhole(field));
    }
}
