using System.Threading.Channels;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;

namespace Forbedring.Api.GraphQL.Live;

/// <summary>
/// One subscriber's link to a meeting's channel. Orleans delivers events on its own threads; they
/// are queued here and handed on by one loop, which runs in the request's context (the caller's
/// identity and sign-in), so the fields resolved for each event are resolved as that caller.
/// The same loop renews the lease and ends the stream when the caller loses access.
/// </summary>
internal sealed class MeetingEventLink(
    IGrainFactory grains,
    string meetingId,
    string callerId,
    Func<Task<bool>> stillAllowed,
    IObserver<MeetingEvent> observer,
    TimeSpan renewEvery,
    TimeProvider time,
    ILogger log) : IMeetingEventsObserver, IDisposable
{
    /// <summary>Events not yet handed on; a subscriber this far behind is ended and reconnects rather than being held in memory.</summary>
    private const int Backlog = 1_000;

    private readonly Channel<MeetingEvent> queue = Channel.CreateBounded<MeetingEvent>(new BoundedChannelOptions(Backlog) { SingleReader = true });
    private readonly CancellationTokenSource stop = new();
    private IMeetingEventsObserver? reference;

    private IMeetingEventsGrain MeetingChannel => grains.GetGrain<IMeetingEventsGrain>(meetingId);

    public void Start()
    {
        reference = grains.CreateObjectReference<IMeetingEventsObserver>(this);
        // Task.Run takes the request's execution context along: its caller identity and HttpContext.
        _ = Task.Run(RunAsync);
    }

    public Task OnMeetingEvent(MeetingEvent meetingEvent)
    {
        if (meetingEvent.MeetingId == meetingId && !queue.Writer.TryWrite(meetingEvent))
            queue.Writer.TryComplete();
        return Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        using var _ = CallerIdentity.Use(callerId);
        try
        {
            await MeetingChannel.Subscribe(reference!);
            // First event: the screen is live now, and may fetch what it shows without missing a change.
            queue.Writer.TryWrite(new MeetingEvent(MeetingEventKind.Subscribed, meetingId, time.GetUtcNow(), null, null));
            var renewing = RenewAsync(stop.Token);
            await foreach (var meetingEvent in queue.Reader.ReadAllAsync(stop.Token))
                observer.OnNext(meetingEvent);
            stop.Cancel();
            await renewing;
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed: the subscriber has gone, nobody is left to tell.
        }
        catch (Exception e)
        {
            log.LogError(e, "The live events of meeting {MeetingId} failed", meetingId);
            observer.OnError(e);
        }
        finally
        {
            // Here rather than in Dispose: only after the subscription has reached the grain can it be taken back.
            await LeaveAsync();
        }
    }

    private async Task LeaveAsync()
    {
        try
        {
            await MeetingChannel.Unsubscribe(reference!);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Unsubscribing from meeting {MeetingId} failed; the lease runs out instead", meetingId);
        }
        finally
        {
            grains.DeleteObjectReference<IMeetingEventsObserver>(reference!);
        }
    }

    private async Task RenewAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(renewEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                if (!await stillAllowed())
                {
                    queue.Writer.TryComplete();
                    return;
                }
                try
                {
                    await MeetingChannel.Subscribe(reference!);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next renewal tries again, well inside the lease.
                    log.LogWarning(e, "Renewing the live subscription to meeting {MeetingId} failed", meetingId);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    /// <summary>The subscriber has gone: the loop stops, and on its way out leaves the meeting's channel.</summary>
    public void Dispose()
    {
        stop.Cancel();
        queue.Writer.TryComplete();
    }
}
