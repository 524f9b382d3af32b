namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>The real clock, moved forward on request, so tests can see what weeks of quiet look like.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private long offsetTicks;

    /// <summary>How far the clock has been moved; sign-in cookies from before a move may have expired.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));
}
