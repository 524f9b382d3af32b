using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Forbedring.Api.Http.Accounts;

/// <summary>GET /api/auth/me: who is signed in, or 401.</summary>
public static class MeEndpoint
{
    public sealed record MeResponse(string PersonId, string Name, string Email, bool IsAdministrator);

    public static async Task<MeResponse> MeAsync(IGrainFactory grains, AccountView account, PersonView person) =>
        new(person.Id, person.Name, account.Email, await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).IsAdministrator(person.Id));

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/me", async (HttpContext http, IGrainFactory grains) =>
        {
            if (await http.CurrentAccountAsync(grains) is { } account
                && await grains.GetGrain<IPersonGrain>(account.PersonId).Get() is { } person)
                return Results.Ok(await MeAsync(grains, account, person));
            // A cookie for an account that is gone is no use: drop it.
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Unauthorized();
        }).RequireAuthorization();
        return app;
    }
}
