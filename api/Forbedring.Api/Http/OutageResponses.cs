using Forbedring.Api.Http.Limits;
using Forbedring.Hosting;

namespace Forbedring.Api.Http;

/// <summary>
/// Outside GraphQL (sign-in, CSV, exports), a request that meets an outage gets 503 with
/// <c>Retry-After</c> and the same error shape as every other refusal, not a 500 or a hang.
/// </summary>
public static class OutageResponses
{
    public static IApplicationBuilder UseOutageResponses(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception e) when (ServiceOutage.Classify(e) is { } outage && !http.Response.HasStarted)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OutageResponses))
                    .LogWarning("{Path} answered 503: {Outage} unavailable ({Error})", http.Request.Path.Value, outage, e.GetType().Name);
                http.Response.Clear();
                http.Response.Headers.RetryAfter = ServiceOutage.RetryAfterSeconds.ToString();
                await LimitResponses.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ServiceOutage.ErrorFor(outage), http.RequestAborted);
            }
        });
}
