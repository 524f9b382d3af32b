using Forbedring.Abstractions.Live;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Forbedring.Grains.Live;

/// <summary>
/// A meeting's live channel: grain observers with a lease, no state. Observers rather than Orleans
/// streams: a stream provider needs a pub-sub store and queue set-up, where this needs nothing
/// beyond the grain, works the same for the co-hosted silo and for an api connected as a client,
/// and forgets a screen that vanished once its lease runs out (docs/architecture.md, "Live").
/// </summary>
public sealed class MeetingEventsGrain(ILogger<MeetingEventsGrain> log) : Grain, IMeetingEventsGrain
{
    private readonly ObserverManager<IMeetingEventsObserver> observers = new(MeetingEventLease.Length, log);

    public Task Publish(MeetingEvent meetingEvent) => observers.Notify(o => o.OnMeetingEvent(meetingEvent));

    public Task Subscribe(IMeetingEventsObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IMeetingEventsObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<int> Subscribers()
    {
        observers.ClearExpired();
        return Task.FromResult(observers.Count);
    }
}
