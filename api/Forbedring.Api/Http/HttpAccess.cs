using Forbedring.Abstractions.Common;
using Forbedring.Api.GraphQL.Access;

namespace Forbedring.Api.Http;

/// <summary>The same access rules for the plain HTTP endpoints (downloads) as for GraphQL: 401 signed out, 403 not allowed.</summary>
public static class HttpAccess
{
    /// <summary>Null when the caller may go on; otherwise the answer to give them.</summary>
    public static async Task<IResult?> RefusalAsync(this AccessDecider decider, Demand demand)
    {
        if (await decider.AllowsAsync(demand))
            return null;
        return (await decider.CallerAsync()).IsSignedIn
            ? Results.Json(new { errors = new[] { new UserError(AccessErrors.ForbiddenCode, "", "Du har ikke tilgang til dette.", "You may not see this.") } },
                statusCode: StatusCodes.Status403Forbidden)
            : Results.Json(new { errors = new[] { new UserError(AccessErrors.UnauthenticatedCode, "", "Logg inn først.", "Sign in first.") } },
                statusCode: StatusCodes.Status401Unauthorized);
    }
}
