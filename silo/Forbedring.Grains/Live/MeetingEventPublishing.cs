using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;

namespace Forbedring.Grains.Live;

/// <summary>How every feature tells a meeting's open screens that something changed, after the change is written.</summary>
public static class MeetingEventPublishing
{
    /// <summary>One-way: the change never waits for the screens, and a screen that is gone costs nothing.</summary>
    public static void PublishMeetingEvent(this IGrainFactory grains, MeetingEventKind kind, string meetingId, Actor actor, string? subjectId, DateTimeOffset at) =>
        grains.GetGrain<IMeetingEventsGrain>(meetingId).Publish(new MeetingEvent(kind, meetingId, at, actor, subjectId)).Ignore();
}
