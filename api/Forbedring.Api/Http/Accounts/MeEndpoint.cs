using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Forbedring.Api.Http.Accounts;

/// <summary>GET /api/auth/me: who is signed in, or 401.</summary>
public static class MeEndpoint
{
    public sealed record MeResponse(string PersonId, string Name, string? Email, bool IsAdministrator);

    public static Task<MeResponse> MeAsync(IGrainFactory grains, AccountView account, PersonView person) =>
        MeAsync(grains, new SignedIn(person, account.Email));

    public static async Task<MeResponse> MeAsync(IGrainFactory grains, SignedIn signedIn) =>
        new(signedIn.Person.Id, signedIn.Person.Name, signedIn.Email,
            await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).IsAdministrator(signedIn.Person.Id));

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/me", async (HttpContext http, IGrainFactory grains) =>
        {
            if (await http.SignedInAsync(grains) is { } signedIn)
                return Results.Ok(await MeAsync(grains, signedIn));
            // A cookie for an account or person that is gone is no use: drop it.
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Unauthorized();
        }).RequireAuthorization();
        return app;
    }
}
