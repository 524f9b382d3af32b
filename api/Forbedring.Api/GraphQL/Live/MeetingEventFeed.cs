using Forbedring.Abstractions.Live;

namespace Forbedring.Api.GraphQL.Live;

/// <summary>
/// Turns a meeting's live channel (<see cref="IMeetingEventsGrain"/>) into the observable a GraphQL
/// subscription streams. Each subscription is one observer at the grain, made when the stream is
/// subscribed and removed when it is disposed (the client went away).
/// </summary>
public sealed class MeetingEventFeed(IGrainFactory grains, LiveOptions options, TimeProvider time, ILogger<MeetingEventFeed> log)
{
    /// <param name="callerId">Whom the grain calls are made for.</param>
    /// <param name="stillAllowed">Asked at every renewal: when the caller may no longer read the meeting, the stream ends.</param>
    public IObservable<MeetingEvent> Watch(string meetingId, string callerId, Func<Task<bool>> stillAllowed) =>
        new Source(observer =>
        {
            var link = new MeetingEventLink(grains, meetingId, callerId, stillAllowed, observer, options.RenewEvery, time, log);
            link.Start();
            return link;
        });

    private sealed class Source(Func<IObserver<MeetingEvent>, IDisposable> subscribe) : IObservable<MeetingEvent>
    {
        public IDisposable Subscribe(IObserver<MeetingEvent> observer) => subscribe(observer);
    }
}
