using System.Security.Claims;
using Forbedring.Abstractions.Common;
using GraphQL;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>
/// Who is calling, as the <see cref="Actor"/> the grains record. Only a signed-in person's claims
/// name one; fields that write are closed to signed-out callers by the access rule, so
/// <see cref="Unknown"/> reaches no grain that records it.
/// </summary>
public static class CallerContext
{
    public static readonly Actor Unknown = new("unknown", "Ukjent");

    public static Actor Actor(this IResolveFieldContext context)
    {
        var http = (context.RequestServices?.GetService(typeof(IHttpContextAccessor)) as IHttpContextAccessor)?.HttpContext;
        return Of(http?.User);
    }

    public static Actor Of(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? new Actor(id, user.FindFirstValue(ClaimTypes.Name) ?? id)
            : Unknown;
}
