using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.People;
using Forbedring.Api.Http.Limits;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Forbedring.Api.Http.Accounts;

/// <summary>POST /api/auth/sign-in {email, password} and POST /api/auth/sign-out.</summary>
public static class SignInEndpoint
{
    public sealed record SignInRequest(string? Email, string? Password);

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/sign-in", async (SignInRequest body, HttpContext http, IGrainFactory grains) =>
        {
            var check = new Check().Required("email", body.Email, AccountRules.EmailMax).Required("password", body.Password, AccountRules.PasswordMax);
            if (check.Failed)
                return AccountResponses.Errors(check.Errors);

            var result = await grains.GetGrain<IAccountGrain>(AccountRules.NormaliseEmail(body.Email)).SignIn(new Secret(body.Password!));
            switch (result.Outcome)
            {
                case SignInOutcome.LockedOut:
                    return Results.Json(
                        new { errors = new[] { Errors.LockedOut("email", result.LockedUntil!.Value) }, lockedUntil = result.LockedUntil },
                        statusCode: StatusCodes.Status423Locked);
                case SignInOutcome.SignedIn when result.Account is { } account
                    && await grains.GetGrain<IPersonGrain>(account.PersonId).Get() is { } person:
                    await AccountAuthentication.SignInAsync(http, account, person);
                    return Results.Ok(await MeEndpoint.MeAsync(grains, account, person));
                default:
                    return AccountResponses.Error(Errors.WrongPassword("password"), StatusCodes.Status401Unauthorized);
            }
        }).RequireRateLimiting(RequestLimits.SignInPolicy);

        app.MapPost("/api/auth/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        return app;
    }
}
