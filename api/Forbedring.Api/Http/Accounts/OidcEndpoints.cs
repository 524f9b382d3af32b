using Microsoft.AspNetCore.Authentication;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// GET /api/auth/providers: which sign-in methods exist, for the UI's buttons (public).
/// GET /api/auth/oidc/sign-in?returnUrl=/…: off to the provider (404 when OpenID Connect is not
/// configured); back at <c>returnUrl</c>, a local path, once signed in.
/// </summary>
public static class OidcEndpoints
{
    public sealed record ProvidersResponse(bool Password, OidcProvider? Oidc);

    public sealed record OidcProvider(string DisplayName);

    public static IEndpointRouteBuilder MapOidc(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/providers", (OidcOptions oidc) =>
            Results.Ok(new ProvidersResponse(true, oidc.Enabled ? new OidcProvider(oidc.DisplayName) : null)));

        app.MapGet("/api/auth/oidc/sign-in", (string? returnUrl, OidcOptions oidc) =>
            oidc.Enabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [OidcAuthentication.Scheme])
                : Results.NotFound());
        return app;
    }

    /// <summary>
    /// The return address if it is a path on this site, else "/": an open redirect would let a
    /// link that starts here end somewhere else, signed in on the way.
    /// </summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : "/";
}
