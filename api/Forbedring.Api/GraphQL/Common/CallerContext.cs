using System.Security.Claims;
using Forbedring.Abstractions.Common;
using GraphQL;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>
/// Who is calling, as an <see cref="Actor"/> for the grains. A signed-in user's claims name them;
/// until sign-in arrives, an <c>X-Person-Id</c> header may name a person, and otherwise the
/// caller is recorded as unknown.
/// </summary>
public static class CallerContext
{
    public const string PersonHeader = "X-Person-Id";
    public static readonly Actor Unknown = new("unknown", "Ukjent");

    public static Actor Actor(this IResolveFieldContext context)
    {
        var http = (context.RequestServices?.GetService(typeof(IHttpContextAccessor)) as IHttpContextAccessor)?.HttpContext;
        if (http?.User.Identity?.IsAuthenticated == true)
        {
            var id = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (id is not null)
                return new Actor(id, http.User.FindFirstValue(ClaimTypes.Name) ?? id);
        }
        var header = http?.Request.Headers[PersonHeader].ToString();
        return string.IsNullOrWhiteSpace(header) ? Unknown : new Actor(header, header);
    }
}
