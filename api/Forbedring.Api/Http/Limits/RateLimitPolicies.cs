using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Forbedring.Api.Http.Limits;

/// <summary>Sign-in, registration and password reset: one allowance per client address, shared by the three.</summary>
internal sealed class SignInRateLimitPolicy(IOptionsMonitor<RequestLimitOptions> limits) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RateLimitPolicy.RejectAsync;

    // Per address rather than per e-mail: guessing across many accounts is what the account lock-out cannot see.
    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        RateLimitPolicy.PerMinute("address:" + ClientAddress.Of(http), limits.CurrentValue.SignInPerMinute);
}

/// <summary>
/// GraphQL: a signed-in person is counted on their own, wherever they call from (colleagues behind
/// one hospital address do not share an allowance); a signed-out caller per address, with less.
/// </summary>
internal sealed class GraphQLRateLimitPolicy(IOptionsMonitor<RequestLimitOptions> limits) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RateLimitPolicy.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } person
            ? RateLimitPolicy.PerMinute("person:" + person, limits.CurrentValue.GraphQLPerMinute)
            : RateLimitPolicy.PerMinute("address:" + ClientAddress.Of(http), limits.CurrentValue.GraphQLSignedOutPerMinute);
}

/// <summary>What both policies share: the bucket and the refusal.</summary>
internal static class RateLimitPolicy
{
    /// <summary>
    /// A token bucket: up to <paramref name="permits"/> at once, refilled evenly over a minute
    /// (10 a minute: one every 6 seconds). Unlike a fixed window it allows no double burst at a
    /// window's edge, and Retry-After says when the next request will actually be let through.
    /// </summary>
    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ =>
        {
            var tokensPerPeriod = Math.Max(1, permits / 60);
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / permits,
                // Refuse at once: a queue would hold connections open for a caller who is already over.
                QueueLimit = 0,
            };
        });

    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellation)
    {
        int? seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : null;
        if (seconds is { } value)
            context.HttpContext.Response.Headers.RetryAfter = value.ToString(CultureInfo.InvariantCulture);
        await LimitResponses.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, LimitErrors.RateLimited(seconds), cancellation);
    }
}
