using System.Globalization;
using System.Text.RegularExpressions;
using Forbedring.Abstractions.Measures;

namespace Forbedring.Domain.Measures;

/// <summary>
/// Period keys of a series: day yyyy-MM-dd, ISO week yyyy-Www, month yyyy-MM. Keys sort as
/// strings in time order, which the point rows (RowKey = period key) rely on.
/// </summary>
public static partial class Periods
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    public static string KeyOf(DateOnly date, Frequency frequency)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return frequency switch
        {
            Frequency.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Frequency.Week => $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}",
            _ => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
    }

    public static bool IsValid(string? key, Frequency frequency) => TryStart(key, frequency, out _);

    /// <summary>The first day of the period, when the key is well formed for the frequency and names a real period.</summary>
    public static bool TryStart(string? key, Frequency frequency, out DateOnly start)
    {
        start = default;
        if (key is null)
            return false;
        switch (frequency)
        {
            case Frequency.Day:
                return DayKey().IsMatch(key)
                    && DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
                    && start.Year is >= MinYear and <= MaxYear;
            case Frequency.Week:
                var week = WeekKey().Match(key);
                if (!week.Success)
                    return false;
                var (year, number) = (int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture));
                if (year is < MinYear or > MaxYear || number < 1 || number > ISOWeek.GetWeeksInYear(year))
                    return false;
                start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
                return true;
            default:
                return MonthKey().IsMatch(key)
                    && DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
                    && start.Year is >= MinYear and <= MaxYear;
        }
    }

    public static DateOnly Start(string key, Frequency frequency) =>
        TryStart(key, frequency, out var start) ? start : throw new ArgumentException($"'{key}' is not a {frequency} period key.", nameof(key));

    /// <summary>What a key looks like, for error messages.</summary>
    public static (string Nb, string En) Pattern(Frequency frequency) => frequency switch
    {
        Frequency.Day => ("en dag (åååå-MM-dd, f.eks. 2024-03-15)", "a day (yyyy-MM-dd, e.g. 2024-03-15)"),
        Frequency.Week => ("en ISO-uke (åååå-Wuu, f.eks. 2024-W05)", "an ISO week (yyyy-Www, e.g. 2024-W05)"),
        _ => ("en måned (åååå-MM, f.eks. 2024-03)", "a month (yyyy-MM, e.g. 2024-03)"),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayKey();

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekKey();

    [GeneratedRegex(@"^\d{4}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthKey();
}
