namespace Forbedring.Domain;

/// <summary>Dates as the users live them: the calendar day in Norway.</summary>
public static class Clock
{
    private static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Norway).DateTime);

    /// <summary>The moment a day begins in Norway.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Norway.GetUtcOffset(midnight));
    }
}
