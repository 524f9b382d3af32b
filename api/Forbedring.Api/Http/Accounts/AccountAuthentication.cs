using System.Security.Claims;
using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Forbedring.Api.Http.Accounts;

/// <summary>The signed-in person, and the e-mail they signed in with (an OpenID Connect provider may give none).</summary>
public sealed record SignedIn(PersonView Person, string? Email);

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Strict, Secure as the request (set
/// <c>Auth:Cookie:SecurePolicy</c> = <c>Always</c> outside loopback), sliding expiry, and 401/403
/// instead of redirects. Claims carry the person (NameIdentifier, Name) that GraphQL's
/// <c>CallerContext</c> records as the actor, the e-mail, and how they signed in.
/// </summary>
public static class AccountAuthentication
{
    public const string CookieName = "forbedring.auth";

    public static IServiceCollection AddForbedringAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var cookie = configuration.GetSection("Auth:Cookie");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = cookie.GetValue("SecurePolicy", CookieSecurePolicy.SameAsRequest);
                options.Cookie.IsEssential = true;
                options.ExpireTimeSpan = cookie.GetValue("ExpireAfter", TimeSpan.FromHours(8));
                options.SlidingExpiration = true;
                // An api answers with a status, never a redirect to a sign-in page.
                options.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            })
            // A second scheme when configured: OpenID Connect, signing in with this cookie.
            .AddForbedringOidc(OidcOptions.From(configuration));
        services.AddAuthorization();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapRegister();
        app.MapSignIn();
        app.MapMe();
        app.MapPasswordReset();
        app.MapInvitations();
        app.MapOidc();
        return app;
    }

    /// <summary>Signs the person in with the cookie, after a password sign-in or registration.</summary>
    public static Task SignInAsync(HttpContext http, AccountView account, PersonView person) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(person, account.Email, SignInMethods.Password));

    /// <summary>
    /// The cookie's claims, the same however one signed in: the person (NameIdentifier, Name) that
    /// GraphQL's <c>CallerContext</c> records as the actor, the e-mail if known, and how (<see cref="SignInMethods"/>).
    /// </summary>
    public static ClaimsPrincipal Principal(PersonView person, string? email, string method)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, person.Id),
            new(ClaimTypes.Name, person.Name),
            new(ClaimTypes.AuthenticationMethod, method),
        ];
        if (!string.IsNullOrEmpty(email))
            claims.Add(new Claim(ClaimTypes.Email, email));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Whether the signed-in person administers the installation, read afresh (it can change after sign-in).</summary>
    public static async Task<bool> IsAdministratorAsync(this HttpContext http, IGrainFactory grains) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId
        && await grains.GetGrain<Abstractions.Installation.IInstallationGrain>(Abstractions.Installation.IInstallationGrain.Key).IsAdministrator(personId);

    /// <summary>
    /// Who is signed in, read afresh, or null when the cookie no longer stands for anyone: a
    /// password cookie needs its account still to exist and to belong to the cookie's person; an
    /// OpenID Connect cookie needs its person. Cookies from before the method claim were passwords.
    /// </summary>
    public static async Task<SignedIn?> SignedInAsync(this HttpContext http, IGrainFactory grains)
    {
        if (http.User.Identity?.IsAuthenticated != true || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } personId)
            return null;
        var email = http.User.FindFirstValue(ClaimTypes.Email);
        if (http.User.FindFirstValue(ClaimTypes.AuthenticationMethod) != SignInMethods.Oidc
            && (email is null || await grains.GetGrain<IAccountGrain>(email).Get() is not { } account || account.PersonId != personId))
            return null;
        return await grains.GetGrain<IPersonGrain>(personId).Get() is { } person ? new SignedIn(person, email) : null;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
