using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Measures;

namespace Forbedring.Domain.Tests.Measures;

public sealed class PeriodsTests
{
    [Theory]
    [InlineData("2024-03-15", Frequency.Day, "2024-03-15")]
    [InlineData("2024-03-15", Frequency.Month, "2024-03")]
    [InlineData("2024-03-15", Frequency.Week, "2024-W11")]
    [InlineData("2021-01-03", Frequency.Week, "2020-W53")] // a Sunday still in the last ISO week of 2020
    [InlineData("2024-12-30", Frequency.Week, "2025-W01")] // a Monday already in ISO week 1 of 2025
    [InlineData("2024-02-29", Frequency.Day, "2024-02-29")]
    public void A_date_falls_in_the_period_of_its_frequency(string date, Frequency frequency, string key) =>
        Assert.Equal(key, Periods.KeyOf(DateOnly.Parse(date), frequency));

    [Theory]
    [InlineData("2024-03", Frequency.Month, "2024-03-01")]
    [InlineData("2020-W53", Frequency.Week, "2020-12-28")]
    [InlineData("2025-W01", Frequency.Week, "2024-12-30")]
    [InlineData("2024-02-29", Frequency.Day, "2024-02-29")]
    public void A_valid_key_gives_the_first_day_of_its_period(string key, Frequency frequency, string start)
    {
        Assert.True(Periods.TryStart(key, frequency, out var first));
        Assert.Equal(DateOnly.Parse(start), first);
    }

    [Theory]
    [InlineData("2024-13", Frequency.Month)]
    [InlineData("2024-00", Frequency.Month)]
    [InlineData("2024-3", Frequency.Month)]
    [InlineData("2024-03-01", Frequency.Month)]
    [InlineData("2024-W11", Frequency.Month)]
    [InlineData("2021-W53", Frequency.Week)] // 2021 has 52 ISO weeks
    [InlineData("2024-W00", Frequency.Week)]
    [InlineData("2024-W5", Frequency.Week)]
    [InlineData("2024-w05", Frequency.Week)]
    [InlineData("2024-03", Frequency.Week)]
    [InlineData("2023-02-29", Frequency.Day)]
    [InlineData("2024-3-01", Frequency.Day)]
    [InlineData("15.03.2024", Frequency.Day)]
    [InlineData("", Frequency.Day)]
    [InlineData(" 2024-03", Frequency.Month)]
    [InlineData("1066-10", Frequency.Month)]
    public void Malformed_or_foreign_keys_are_refused(string key, Frequency frequency) =>
        Assert.False(Periods.IsValid(key, frequency));

    [Fact]
    public void Keys_sort_as_strings_in_time_order()
    {
        var days = Enumerable.Range(0, 800).Select(i => new DateOnly(2023, 12, 1).AddDays(i)).ToList();
        foreach (var frequency in Enum.GetValues<Frequency>())
        {
            var keys = days.Select(d => Periods.KeyOf(d, frequency)).Distinct().ToList();
            Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
            Assert.All(keys, k => Assert.True(Periods.IsValid(k, frequency), k));
        }
    }
}
