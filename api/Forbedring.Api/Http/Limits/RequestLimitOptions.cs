using System.Net;

namespace Forbedring.Api.Http.Limits;

/// <summary>
/// The configuration section <c>Limits</c>: how many requests a caller may make, and how large a
/// request body may be. Checked at start, so a typo fails loudly instead of switching a limit off.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Limits";

    /// <summary>Sign-in, registration and password-reset requests per client address and minute (together).</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>GraphQL requests per signed-in person and minute, from any address.</summary>
    public int GraphQLPerMinute { get; set; } = 600;

    /// <summary>GraphQL requests per client address and minute for callers who are not signed in.</summary>
    public int GraphQLSignedOutPerMinute { get; set; } = 60;

    /// <summary>
    /// The largest request body for <c>/graphql</c> and <c>/api/*</c>, and Kestrel's limit for all.
    /// 2 MB: a measure's CSV import travels inside a GraphQL request as text.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Take the client address (and scheme) from X-Forwarded-For/-Proto. Only behind a reverse
    /// proxy: otherwise any caller could claim a new address per request and escape the limits.
    /// </summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Addresses of the proxies whose forwarded headers are believed, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];

    internal static bool IsValid(RequestLimitOptions options) =>
        options is { SignInPerMinute: > 0, GraphQLPerMinute: > 0, GraphQLSignedOutPerMinute: > 0, MaxBodyBytes: > 0 }
        && options.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _));

    internal const string ValidationMessage =
        "Limits: SignInPerMinute, GraphQLPerMinute, GraphQLSignedOutPerMinute and MaxBodyBytes must be positive, and every KnownProxies entry an IP address.";
}
