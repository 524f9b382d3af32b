namespace Forbedring.Domain;

/// <summary>Dates as the users live them: the calendar day in Norway.</summary>
public static class Clock
{
    private static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow());

    /// <summary>The day in Norway at that moment (a meeting at 00:30 Norwegian time is on that day, not the day before in UTC).</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at));

    /// <summary>The wall-clock time in Norway at that moment.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Norway).DateTime;

    /// <summary>The moment a day begins in Norway.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Norway.GetUtcOffset(midnight));
    }
}
