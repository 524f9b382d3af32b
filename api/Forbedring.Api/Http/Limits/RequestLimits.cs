using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Forbedring.Api.Http.Limits;

/// <summary>
/// Request limits (configuration section <c>Limits</c>, docs/security.md): rate limits per person
/// or client address with ASP.NET Core's rate limiter, and the largest request body.
/// </summary>
public static class RequestLimits
{
    public const string SignInPolicy = "sign-in";
    public const string GraphQLPolicy = "graphql";

    public static IServiceCollection AddForbedringRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>()
            .BindConfiguration(RequestLimitOptions.SectionName)
            .Validate(RequestLimitOptions.IsValid, RequestLimitOptions.ValidationMessage)
            .ValidateOnStart();

        // Kestrel refuses larger bodies on every path; BodySizeLimit answers /graphql and /api with a
        // readable error (and holds where Kestrel is not the server, as in tests).
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RequestLimitOptions>>((forwarded, limits) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in limits.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SignInRateLimitPolicy>(SignInPolicy);
            options.AddPolicy<string, GraphQLRateLimitPolicy>(GraphQLPolicy);
        });
        return services;
    }

    /// <summary>
    /// Believes X-Forwarded-For/-Proto only when <c>Limits:TrustForwardedHeaders</c> says a proxy is
    /// in front; call it first, so everything after sees the caller's address and scheme.
    /// </summary>
    public static WebApplication UseForwardedHeadersWhenTrusted(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RequestLimitOptions>>().Value.TrustForwardedHeaders)
            app.UseForwardedHeaders();
        return app;
    }
}
