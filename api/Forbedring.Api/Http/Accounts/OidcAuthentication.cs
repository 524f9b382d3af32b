using Forbedring.Domain.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// The OpenID Connect scheme, registered only when <c>Auth:Oidc</c> names an authority and a client:
/// code flow with PKCE, no tokens kept, and the sign-in cookie as its result. After the provider's
/// token is validated, its subject is mapped to a person (<see cref="ExternalSignIn"/>) and the
/// principal is replaced with the built-in sign-in's claims, so nothing downstream can tell the two apart.
/// </summary>
public static class OidcAuthentication
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The redirect URI to register at the provider is https://&lt;host&gt; + this.</summary>
    public const string CallbackPath = "/signin-oidc";

    public static AuthenticationBuilder AddForbedringOidc(this AuthenticationBuilder authentication, OidcOptions oidc)
    {
        authentication.Services.AddSingleton(oidc);
        authentication.Services.AddSingleton<ExternalSignIn>();
        if (!oidc.Enabled)
            return authentication;
        // ID-porten's pid (and HelseID's …/pid) is the national identity number: never a key here.
        if (oidc.SubjectClaim.Equals("pid", StringComparison.OrdinalIgnoreCase) || oidc.SubjectClaim.EndsWith("/pid", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("Auth:Oidc:SubjectClaim must be an opaque id such as 'sub' (or 'oid' for Entra ID), never 'pid': national identity numbers are not stored here.");
        return authentication.AddOpenIdConnect(Scheme, options =>
        {
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The provider's tokens are not needed after sign-in; kept in the cookie they would only leak.
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.CallbackPath = CallbackPath;
            // Claim names as the provider writes them, so Auth:Oidc:SubjectClaim = "oid" means "oid".
            options.MapInboundClaims = false;
            options.Scope.Clear();
            foreach (var scope in oidc.Scopes)
                options.Scope.Add(scope);
            options.Events.OnTokenValidated = MapToPersonAsync;
            options.Events.OnRemoteFailure = FailedAsync;
        });
    }

    private static async Task MapToPersonAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var oidc = services.GetRequiredService<OidcOptions>();
        var claims = context.Principal;
        if (claims?.FindFirst(oidc.SubjectClaim) is not { Value.Length: > 0 } subject)
        {
            context.Fail($"The provider's token has no '{oidc.SubjectClaim}' claim (Auth:Oidc:SubjectClaim).");
            return;
        }
        var identity = new ExternalIdentity(
            claims.FindFirst("iss")?.Value ?? subject.Issuer,
            subject.Value,
            claims.FindFirst(oidc.NameClaim)?.Value,
            claims.FindFirst(oidc.EmailClaim)?.Value);
        var result = await services.GetRequiredService<ExternalSignIn>().SignInAsync(identity);
        if (!result.Succeeded)
        {
            await AccountResponses.Errors(result.Errors, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext);
            context.HandleResponse();
            return;
        }
        // Replaced wholesale: none of the provider's claims (ID-porten's pid among them) reaches the cookie.
        var signedIn = result.Value!;
        context.Principal = AccountAuthentication.Principal(signedIn.Person, signedIn.Email, SignInMethods.Oidc);
    }

    /// <summary>Cancelled at the provider, a stale or forged callback, a token that does not validate: a status, not a 500.</summary>
    private static async Task FailedAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcAuthentication))
            .LogWarning(context.Failure, "An OpenID Connect sign-in failed");
        await AccountResponses.Error(Errors.ExternalSignInFailed(""), StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
        context.HandleResponse();
    }
}
