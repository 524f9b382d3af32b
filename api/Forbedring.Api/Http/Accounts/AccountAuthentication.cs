using System.Security.Claims;
using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Strict, Secure as the request (set
/// <c>Auth:Cookie:SecurePolicy</c> = <c>Always</c> outside loopback), sliding expiry, and 401/403
/// instead of redirects. Claims carry the person (NameIdentifier, Name) that GraphQL's
/// <c>CallerContext</c> records as the actor, and the account's e-mail.
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
            });
        // The seam for OpenID Connect (docs/security.md): a second scheme that signs in with this
        // cookie after mapping the provider's subject to a person.
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
        return app;
    }

    /// <summary>Signs the person in with the cookie.</summary>
    public static Task SignInAsync(HttpContext http, AccountView account, PersonView person)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, person.Id),
                new Claim(ClaimTypes.Name, person.Name),
                new Claim(ClaimTypes.Email, account.Email),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Whether the signed-in person administers the installation, read afresh (it can change after sign-in).</summary>
    public static async Task<bool> IsAdministratorAsync(this HttpContext http, IGrainFactory grains) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId
        && await grains.GetGrain<Abstractions.Installation.IInstallationGrain>(Abstractions.Installation.IInstallationGrain.Key).IsAdministrator(personId);

    /// <summary>The signed-in account, read afresh (it may have been removed since sign-in).</summary>
    public static async Task<AccountView?> CurrentAccountAsync(this HttpContext http, IGrainFactory grains) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.Email) is { } email
            ? await grains.GetGrain<IAccountGrain>(email).Get()
            : null;

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
