using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Services;

namespace Forbedring.Abstractions.Overview;

public enum EngagementStatus { Active, NotStarted, Stalled }

/// <summary>The facilitator's home: every active service of the network with its areas and measures, in one read.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NetworkOverview")]
public sealed record NetworkOverview(
    [property: Id(0)] string NetworkId,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset GeneratedAt,
    [property: Id(3)] int StalledAfterWeeks,
    [property: Id(4)] IReadOnlyList<ServiceOverview> Services,
    [property: Id(5)] IReadOnlyList<PersonAttendance>? Attendance = null);

[GenerateSerializer, Immutable, Alias("Forbedring.ServiceOverview")]
public sealed record ServiceOverview(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] string Name,
    [property: Id(2)] EngagementStatus Engagement,
    [property: Id(3)] IReadOnlyList<string> ReasonsNb,
    [property: Id(4)] IReadOnlyList<string> ReasonsEn,
    [property: Id(5)] Stamp? LastMeasurement,
    [property: Id(6)] Stamp? LastPdsaActivity,
    [property: Id(7)] double? AttendanceRate,
    [property: Id(8)] IReadOnlyList<Contributor> Contributors,
    [property: Id(9)] IReadOnlyList<AreaOverview> Areas,
    [property: Id(10)] AttendanceCount? MeetingAttendance = null,
    [property: Id(11)] ReportingCount? Reporting = null)
{
    /// <summary>"Have the staff taken ownership?": someone other than a leader logs data or writes PDSAs.</summary>
    public bool StaffContribute => Contributors.Any(c => c.Role is not ServiceRole.Leader);
}

/// <summary>Someone who logged data or wrote PDSA cycles in the service's areas.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Contributor")]
public sealed record Contributor(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] ServiceRole? Role,
    [property: Id(3)] int MeasuresLogged,
    [property: Id(4)] int CyclesWritten);

[GenerateSerializer, Immutable, Alias("Forbedring.AreaOverview")]
public sealed record AreaOverview(
    [property: Id(0)] string AreaId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? FocusAreaId,
    [property: Id(3)] AreaStatus Status,
    [property: Id(4)] bool HasAim,
    [property: Id(5)] ProgressRating? TeamRating,
    [property: Id(6)] ProgressRating? FacilitatorRating,
    [property: Id(7)] Stamp? LastPdsaActivity,
    [property: Id(8)] int CycleCount,
    [property: Id(9)] IReadOnlyList<MeasureSummary> Measures);
