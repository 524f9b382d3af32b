using Orleans.Concurrency;

namespace Forbedring.Abstractions.Live;

/// <summary>
/// The live channel of one meeting, keyed by the meeting's id: whoever changes something at the
/// meeting publishes here, and every open screen (an observer in an api process) hears it. It holds
/// no state; observers hold a lease they renew (<see cref="MeetingEventLease"/>), so a screen that
/// vanished without saying so is forgotten, and a restarted grain is found again on the next renewal.
/// </summary>
[Alias("Forbedring.IMeetingEventsGrain")]
public interface IMeetingEventsGrain : IGrainWithStringKey
{
    /// <summary>Tells every subscriber. One-way: the change that happened never waits for the screens.</summary>
    [OneWay, Alias("Publish")] Task Publish(MeetingEvent meetingEvent);

    /// <summary>Subscribes, or renews the lease of, an observer.</summary>
    [Alias("Subscribe")] Task Subscribe(IMeetingEventsObserver observer);

    [Alias("Unsubscribe")] Task Unsubscribe(IMeetingEventsObserver observer);

    /// <summary>How many observers hold a lease now (for health and tests).</summary>
    [Alias("Subscribers")] Task<int> Subscribers();
}

/// <summary>An open screen's ear. One-way: a slow or vanished screen never holds up the others.</summary>
[Alias("Forbedring.IMeetingEventsObserver")]
public interface IMeetingEventsObserver : IGrainObserver
{
    [OneWay, Alias("OnMeetingEvent")] Task OnMeetingEvent(MeetingEvent meetingEvent);
}

public static class MeetingEventLease
{
    /// <summary>An observer not renewed for this long is dropped.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(2);

    /// <summary>How often a subscriber renews: well inside the lease, so one late renewal loses nothing.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
}
