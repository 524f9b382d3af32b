namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>The real clock, moved forward on request, so tests can see what weeks of quiet look like.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));
}
