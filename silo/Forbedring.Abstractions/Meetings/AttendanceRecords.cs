using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;

namespace Forbedring.Abstractions.Meetings;

/// <summary>Excused: sent apologies (forfall). Absent: did not come, without apologies.</summary>
public enum AttendanceStatus { Present, Absent, Excused }

/// <summary>
/// Someone invited to a meeting: on the meeting's day a member of an invited service (for each
/// such service), or a facilitator or participant of the network (<see cref="NetworkRole"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Invitee")]
public sealed record Invitee(
    [property: Id(0)] string PersonId,
    [property: Id(1)] IReadOnlyList<string> ServiceIds,
    [property: Id(2)] NetworkRole? NetworkRole);

/// <summary>
/// One person's attendance. Someone not invited is recorded only as a substitute for an invited
/// person, or as a guest, and then only as present.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AttendanceInput")]
public sealed record AttendanceInput(
    [property: Id(0)] string PersonId,
    [property: Id(1)] AttendanceStatus Status,
    [property: Id(2)] string? SubstituteForPersonId,
    [property: Id(3)] bool Guest);

/// <summary>A person's current attendance at a meeting, who recorded it, and what it said before (newest first).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Attendance")]
public sealed record Attendance(
    [property: Id(0)] string PersonId,
    [property: Id(1)] AttendanceStatus Status,
    [property: Id(2)] string? SubstituteForPersonId,
    [property: Id(3)] bool Guest,
    [property: Id(4)] Stamp Recorded,
    [property: Id(5)] IReadOnlyList<AttendanceCorrection> History);

/// <summary>An earlier record of a person's attendance, kept when it was corrected.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AttendanceCorrection")]
public sealed record AttendanceCorrection(
    [property: Id(0)] AttendanceStatus Status,
    [property: Id(1)] string? SubstituteForPersonId,
    [property: Id(2)] bool Guest,
    [property: Id(3)] Stamp Recorded,
    [property: Id(4)] Stamp Replaced);
