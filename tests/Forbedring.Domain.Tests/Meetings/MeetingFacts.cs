using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;

namespace Forbedring.Domain.Tests.Meetings;

/// <summary>Small builders for meetings, networks, services and attendance in the domain tests.</summary>
internal static class MeetingFacts
{
    public static readonly Stamp By = new(new DateTimeOffset(2020, 2, 4, 15, 0, 0, TimeSpan.FromHours(1)), "person_hilde", "Hilde Myrvold");

    public static MeetingView Meeting(MeetingState state = MeetingState.Open, params string[] services) => new(
        "meeting_1", "network_1", "Samling 2: mål og første PDSA",
        new DateTimeOffset(2020, 2, 4, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2020, 2, 4, 15, 0, 0, TimeSpan.FromHours(1)),
        "Rådhuset", "https://video.example/samling2", "1. Velkommen\n2. Status fra tjenestene", state, services, 3, By,
        state == MeetingState.Closed ? By : null);

    public static NetworkView Network(params NetworkMembership[] members) => new(
        "network_1", "Gode overganger", null, null, null, null, [], [], members, [], false, 6, 1, By);

    public static ServiceView Service(string id, params ServiceMembership[] members) => new(id, id, null, null, members, [], [], 1);

    public static ServiceMembership Member(string person, DateOnly since, DateOnly? until = null) => new(person, ServiceRole.Staff, since, until);

    public static Invitee Invited(string person, params string[] services) => new(person, services, null);

    public static Attendance Record(string person, AttendanceStatus status, string? substituteFor = null, bool guest = false) =>
        new(person, status, substituteFor, guest, By, []);
}
