using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Api.Http.Limits;
using Forbedring.Domain;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Validation;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// POST /api/auth/register {email, password, name, title?, invitationToken?}: creates the person
/// and the account and signs them in. Without an invitation only the first person on the
/// installation may register, and becomes its administrator; with one, the membership it names
/// is added with its role, recorded as done by the inviter.
/// </summary>
public static class RegisterEndpoint
{
    public sealed record RegisterRequest(string? Email, string? Password, string? Name, string? Title, string? InvitationToken);

    public static IEndpointRouteBuilder MapRegister(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/register", async (RegisterRequest body, HttpContext http, IGrainFactory grains, ILoggerFactory logs) =>
        {
            var check = new Check().Email("email", body.Email).Password("password", body.Password)
                .Required("name", body.Name).Optional("title", body.Title, Check.NameMax);
            if (check.Failed)
                return AccountResponses.Errors(check.Errors);
            var email = AccountRules.NormaliseEmail(body.Email);

            IOneTimeTokenGrain? invitationGrain = null;
            Invitation? invitation = null;
            if (!string.IsNullOrWhiteSpace(body.InvitationToken))
            {
                if (!AccountRules.LooksLikeToken(body.InvitationToken))
                    return AccountResponses.Error(Errors.TokenInvalid("invitationToken"));
                invitationGrain = grains.GetGrain<IOneTimeTokenGrain>(AccountRules.TokenHash(body.InvitationToken));
                if (await invitationGrain.Peek() is not { Kind: TokenKind.Invitation, Invitation: { } found } grant)
                    return AccountResponses.Error(Errors.TokenInvalid("invitationToken"));
                if (grant.Email != email)
                    return AccountResponses.Error(Errors.EmailMismatch("email"));
                invitation = found;
            }
            else if (await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).HasAdministrator())
            {
                return AccountResponses.Error(Errors.RegistrationClosed("invitationToken"), StatusCodes.Status403Forbidden);
            }

            var account = grains.GetGrain<IAccountGrain>(email);
            if (await account.Get() is not null)
                return AccountResponses.Error(Errors.Duplicate("email", $"En konto for «{email}»", $"An account for '{email}'"));

            // An invitation may name a person already known here (from the demo, or added by a leader): the account signs in as them.
            var existing = invitation?.PersonId is { } invitedPerson ? await grains.GetGrain<IPersonGrain>(invitedPerson).Get() : null;
            if (invitation?.PersonId is not null && existing is null)
                return AccountResponses.Error(Errors.TokenInvalid("invitationToken"));
            var personId = existing?.Id ?? Ids.New("person");

            // Claim what the request spends before creating anything: the invitation, or the administrator's place.
            if (invitationGrain is not null)
            {
                if (await invitationGrain.Redeem() is null)
                    return AccountResponses.Error(Errors.TokenInvalid("invitationToken"));
            }
            else if (!await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).ClaimAdministrator(personId))
            {
                return AccountResponses.Error(Errors.RegistrationClosed("invitationToken"), StatusCodes.Status403Forbidden);
            }

            var self = new Actor(personId, existing?.Name ?? body.Name!.Trim());
            var person = existing is not null
                ? Result<PersonView>.Success(existing)
                : await grains.GetGrain<IPersonGrain>(personId).Create(new PersonInput(body.Name!, body.Title), self);
            if (!person.Succeeded)
                return AccountResponses.Errors(person.Errors);
            var created = await account.Create(new NewAccount(personId, new Secret(body.Password!)), self);
            if (!created.Succeeded)
                return AccountResponses.Errors(created.Errors);

            var membership = invitation is null ? [] : await AddMembershipAsync(grains, invitation, personId);
            if (membership.Count > 0)
                logs.CreateLogger(typeof(RegisterEndpoint)).LogWarning(
                    "Registered {PersonId} by invitation, but the membership was refused: {Codes}", personId, string.Join(", ", membership.Select(e => e.Code)));

            await AccountAuthentication.SignInAsync(http, created.Value!, person.Value!);
            var me = await MeEndpoint.MeAsync(grains, created.Value!, person.Value!);
            return Results.Json(new { me, membershipErrors = membership }, statusCode: StatusCodes.Status201Created);
        }).RequireRateLimiting(RequestLimits.SignInPolicy);
        return app;
    }

    private static async Task<IReadOnlyList<UserError>> AddMembershipAsync(IGrainFactory grains, Invitation invitation, string personId)
    {
        if (invitation is { NetworkId: { } networkId, NetworkRole: { } networkRole })
        {
            var result = await grains.GetGrain<INetworkGrain>(networkId).AddMember(personId, networkRole, null, invitation.InvitedBy);
            if (!result.Succeeded)
                return result.Errors;
        }
        if (invitation is { ServiceId: { } serviceId, ServiceRole: { } serviceRole })
        {
            var result = await grains.GetGrain<IServiceGrain>(serviceId).AddMember(personId, serviceRole, null, invitation.InvitedBy);
            if (!result.Succeeded)
                return result.Errors;
        }
        return [];
    }
}
