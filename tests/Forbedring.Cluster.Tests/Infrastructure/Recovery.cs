namespace Forbedring.Cluster.Tests.Infrastructure;

/// <summary>How long after a fault the writers kept failing, measured by the writers themselves.</summary>
public static class Recovery
{
    /// <summary>
    /// Waits (at most <paramref name="bound"/>) until every writer has succeeded after the last failure
    /// and two quiet seconds have passed; returns the time from the fault to the end of the last failure.
    /// </summary>
    public static async Task<TimeSpan?> WaitAsync(MeasureWriters writers, DateTime fault, TimeSpan atLeast, TimeSpan bound)
    {
        var deadline = fault + bound;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            var lastFailure = writers.LastFailureEnd(fault);
            var now = DateTime.UtcNow;
            if (now - fault >= atLeast && now - (lastFailure ?? fault) >= TimeSpan.FromSeconds(2) &&
                writers.AllWritersSucceededSince(lastFailure ?? fault))
                return (lastFailure ?? fault) - fault;
        }
        return null;
    }
}
