using System.Security.Claims;
using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Validation;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// POST /api/invitations {email, networkId?, serviceId?, role?, personId?}: a single-use link, valid 7 days,
/// returned to the inviter to pass on (there is no mail server yet). An administrator may invite
/// to anything, a facilitator to their network, a leader to their service.
/// </summary>
public static class InvitationEndpoint
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);
    public const string Page = "invitasjon";

    public sealed record InvitationRequest(string? Email, string? NetworkId, string? ServiceId, string? Role, string? PersonId);

    public static IEndpointRouteBuilder MapInvitations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/invitations", async (InvitationRequest body, HttpContext http, IGrainFactory grains, TimeProvider clock) =>
        {
            if (await http.SignedInAsync(grains) is not { } inviter)
                return Results.Unauthorized();

            var check = new Check().Email("email", body.Email);
            var networkId = Blank(body.NetworkId);
            var serviceId = Blank(body.ServiceId);
            NetworkRole? networkRole = null;
            ServiceRole? serviceRole = null;
            if (networkId is not null && serviceId is not null)
                check.Add(Errors.Invalid("serviceId", "Inviter til et nettverk eller en tjeneste, ikke begge.", "Invite to a network or a service, not both."));
            else if (networkId is not null)
                networkRole = ParseRole<NetworkRole>(check, body.Role);
            else if (serviceId is not null)
                serviceRole = ParseRole<ServiceRole>(check, body.Role);
            if (check.Failed)
                return AccountResponses.Errors(check.Errors);

            var me = inviter.Person.Id;
            var today = Domain.Clock.Today(clock);
            bool allowed = await http.IsAdministratorAsync(grains);
            if (networkId is not null)
            {
                if (await grains.GetGrain<INetworkGrain>(networkId).Get() is not { } network)
                    return AccountResponses.Error(Errors.NotFound("networkId", "nettverk", "network", networkId));
                allowed |= network.Members.Any(m => m.PersonId == me && m.Role == NetworkRole.Facilitator && (m.Left is null || m.Left >= today));
            }
            if (serviceId is not null)
            {
                if (await grains.GetGrain<IServiceGrain>(serviceId).Get() is not { } service)
                    return AccountResponses.Error(Errors.NotFound("serviceId", "tjeneste", "service", serviceId));
                allowed |= service.Members.Any(m => m.PersonId == me && m.Role == ServiceRole.Leader && (m.Until is null || m.Until >= today));
            }
            if (!allowed)
                return AccountResponses.Error(NotAllowed(), StatusCodes.Status403Forbidden);

            // Signing in as someone already known hands over their memberships: only an administrator may offer that.
            var personId = Blank(body.PersonId);
            if (personId is not null)
            {
                if (!await http.IsAdministratorAsync(grains))
                    return AccountResponses.Error(NotAllowed(), StatusCodes.Status403Forbidden);
                if (await grains.GetGrain<Abstractions.People.IPersonGrain>(personId).Get() is null)
                    return AccountResponses.Error(Errors.NotFound("personId", "person", "person", personId));
            }

            var email = AccountRules.NormaliseEmail(body.Email);
            var token = AccountRules.NewToken();
            var expires = clock.GetUtcNow() + ValidFor;
            var invitedBy = new Actor(me, http.User.FindFirstValue(ClaimTypes.Name) ?? me);
            var invitation = new Invitation(networkId, networkRole, serviceId, serviceRole, invitedBy, clock.GetUtcNow(), personId);
            if (!await grains.GetGrain<IOneTimeTokenGrain>(AccountRules.TokenHash(token)).Issue(new TokenGrant(TokenKind.Invitation, email, expires, invitation)))
                throw new InvalidOperationException("A new invitation token collided with an earlier one.");
            return Results.Json(
                new { link = AccountResponses.Link(http.Request, Page, token), email, expiresAt = expires },
                statusCode: StatusCodes.Status201Created);
        }).RequireAuthorization();
        return app;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Accepts the enum's name in any case, with or without underscores (FACILITATOR, MEASUREMENT_LEAD, Staff).</summary>
    private static T? ParseRole<T>(Check check, string? role) where T : struct, Enum
    {
        if (Enum.TryParse<T>((role ?? "").Replace("_", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            return parsed;
        var names = string.Join(", ", Enum.GetNames<T>());
        check.Add(Errors.Invalid("role", $"«role» må være en av: {names}.", $"'role' must be one of: {names}."));
        return null;
    }

    private static UserError NotAllowed() =>
        new("NOT_ALLOWED", "",
            "Bare en administrator, en fasilitator i nettverket eller en leder i tjenesten kan invitere hit.",
            "Only an administrator, a facilitator of the network or a leader of the service may invite here.");
}
