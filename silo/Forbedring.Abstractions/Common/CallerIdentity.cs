namespace Forbedring.Abstractions.Common;

/// <summary>
/// Who a call into the cluster is made for, carried in Orleans' request context from the api (the
/// signed-in person, or <see cref="Anonymous"/> on the sign-in endpoints) or from the installation
/// itself (<see cref="System"/>). It flows on to every grain the call reaches; the silo refuses
/// calls that carry none (Forbedring.Grains/Hosting/CallerIdentityFilter).
/// </summary>
public static class CallerIdentity
{
    public const string Key = "forbedring.caller";
    public const string System = "system";
    public const string Anonymous = "anonymous";

    public static string? Current => RequestContext.Get(Key) as string;

    /// <summary>Calls made until the result is disposed carry <paramref name="caller"/>.</summary>
    public static IDisposable Use(string caller)
    {
        var previous = Current;
        RequestContext.Set(Key, caller);
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose()
        {
            if (previous is null)
                RequestContext.Remove(Key);
            else
                RequestContext.Set(Key, previous);
        }
    }
}
