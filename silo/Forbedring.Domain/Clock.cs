namespace Forbedring.Domain;

/// <summary>Dates as the users live them: the calendar day in Norway.</summary>
public static class Clock
{
    private static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Norway).DateTime);
}
