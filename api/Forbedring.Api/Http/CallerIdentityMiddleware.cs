using System.Security.Claims;
using Forbedring.Abstractions.Common;

namespace Forbedring.Api.Http;

/// <summary>Every grain call a request makes carries who it is for: the signed-in person, or anonymous.</summary>
public static class CallerIdentityMiddleware
{
    public static IApplicationBuilder UseCallerIdentity(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            using var _ = CallerIdentity.Use(http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } personId
                ? personId
                : CallerIdentity.Anonymous);
            await next(http);
        });
}
