namespace Forbedring.Abstractions.Overview;

/// <summary>
/// How a service or a person came to the network's closed meetings they were invited to. Present
/// counts the meetings they (a service: any of its people, or a substitute for one) were at;
/// MissedInARow the latest meetings in a row they were not, apologies or not.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AttendanceCount")]
public sealed record AttendanceCount(
    [property: Id(0)] int Invited,
    [property: Id(1)] int Present,
    [property: Id(2)] int Excused,
    [property: Id(3)] int MissedInARow)
{
    /// <summary>Share of the meetings invited to that were attended (0–1), or null before any.</summary>
    public double? Rate => Invited == 0 ? null : (double)Present / Invited;
}

/// <summary>One invited person's attendance over the network's closed meetings.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PersonAttendance")]
public sealed record PersonAttendance(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] AttendanceCount Attendance);

/// <summary>
/// How a service reported to the network's closed meetings it was invited to: reports submitted, and of those,
/// submitted before the meeting started.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ReportingCount")]
public sealed record ReportingCount(
    [property: Id(0)] int Due,
    [property: Id(1)] int Submitted,
    [property: Id(2)] int OnTime)
{
    /// <summary>Share of the reports due that came before the meeting (0–1), or null before any closed meeting.</summary>
    public double? OnTimeRate => Due == 0 ? null : (double)OnTime / Due;
}
