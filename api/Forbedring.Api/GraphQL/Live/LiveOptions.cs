using Forbedring.Abstractions.Live;

namespace Forbedring.Api.GraphQL.Live;

/// <summary>
/// <c>Live:KeepAlive</c>: how often an idle event stream sends a comment, so proxies and browsers
/// do not take it for dead (default 15 s). <c>Live:RenewEvery</c>: how often a subscription renews
/// its lease at the meeting's channel and asks again whether its caller may still read the meeting
/// (default 30 s; it must stay well inside the lease of <see cref="MeetingEventLease.Length"/>).
/// </summary>
public sealed record LiveOptions(TimeSpan KeepAlive, TimeSpan RenewEvery)
{
    public static readonly TimeSpan DefaultKeepAlive = TimeSpan.FromSeconds(15);

    public static LiveOptions From(IConfiguration configuration)
    {
        var options = new LiveOptions(
            configuration.GetValue("Live:KeepAlive", DefaultKeepAlive),
            configuration.GetValue("Live:RenewEvery", MeetingEventLease.RenewEvery));
        if (options.KeepAlive <= TimeSpan.Zero)
            throw new InvalidOperationException("Live:KeepAlive must be a positive time span, e.g. 00:00:15.");
        if (options.RenewEvery <= TimeSpan.Zero || options.RenewEvery > MeetingEventLease.Length / 2)
            throw new InvalidOperationException($"Live:RenewEvery must be positive and at most half the lease ({MeetingEventLease.Length / 2}).");
        return options;
    }
}
