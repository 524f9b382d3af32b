using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.People;
using Forbedring.Domain;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Privacy;
using Forbedring.Domain.Validation;

namespace Forbedring.Api.Http.Accounts;

/// <summary>What a provider said about who signed in: only what is needed, never a national identity number.</summary>
public sealed record ExternalIdentity(string Issuer, string Subject, string? Name, string? Email);

/// <summary>The person an external sign-in maps to, and the provider's e-mail (shown, never a key).</summary>
public sealed record ExternalPerson(PersonView Person, string? Email, bool Created);

/// <summary>
/// Maps a provider's subject to a person, without the provider: the login (issuer + subject) is
/// looked up; a first sign-in creates the person and the link, and makes them administrator on an
/// installation that has none (the same rule as built-in registration). With
/// <see cref="OidcOptions.AllowNewPeople"/> off, an unknown subject is refused unless it is the first.
/// </summary>
public sealed class ExternalSignIn(IGrainFactory grains, OidcOptions options, ILogger<ExternalSignIn> log)
{
    public async Task<Result<ExternalPerson>> SignInAsync(ExternalIdentity identity)
    {
        // The provider's callback is handled inside the authentication middleware, before the
        // request has a caller; like the password endpoints, it acts for someone not yet signed in.
        using var caller = CallerIdentity.Use(CallerIdentity.Anonymous);
        // A subject must be the provider's opaque id: a national identity number would end up in keys and storage.
        if (NationalIdentityNumbers.ContainsOne(identity.Subject))
        {
            log.LogError("Refused a sign-in through {Issuer}: the subject claim carries a national identity number; set Auth:Oidc:SubjectClaim to an opaque id such as sub", identity.Issuer);
            return Errors.ExternalSignInFailed("");
        }
        var personId = await LinkedPersonAsync(identity.Issuer, ExternalLoginRules.Key(identity.Issuer, identity.Subject));
        if (personId is null)
        {
            log.LogInformation("Refused a sign-in through {Issuer}: new people are not allowed (Auth:Oidc:AllowNewPeople)", identity.Issuer);
            return Errors.NotKnownHere("");
        }
        return await PersonAsync(personId, identity);
    }

    /// <summary>The person the login is linked to, linking a new one if this subject may become one; null if not.</summary>
    private async Task<string?> LinkedPersonAsync(string issuer, string key)
    {
        var login = grains.GetGrain<IExternalLoginGrain>(key);
        if (await login.Get() is { } known)
            return known.PersonId;

        var installation = grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key);
        var candidate = Ids.New("person");
        if (options.AllowNewPeople)
        {
            // Link first: if the same subject signs in twice at once, both get the winner's person.
            var linked = (await login.Link(issuer, candidate)).PersonId;
            if (linked == candidate && await installation.ClaimAdministrator(candidate))
                log.LogInformation("{PersonId}, the first to sign in through {Issuer}, is the installation's administrator", candidate, issuer);
            return linked;
        }
        if (await installation.ClaimAdministrator(candidate))
        {
            // Closed to newcomers, but an installation without an administrator still needs its first.
            var linked = (await login.Link(issuer, candidate)).PersonId;
            if (linked == candidate)
                log.LogInformation("{PersonId}, the first to sign in through {Issuer}, is the installation's administrator", candidate, issuer);
            else
                log.LogWarning("{PersonId} became administrator, but the login was linked to {Linked} meanwhile", candidate, linked);
            return linked;
        }
        // Someone else holds the administrator's place; the same subject may have been linked meanwhile.
        return (await login.Get())?.PersonId;
    }

    /// <summary>The linked person; created at the first sign-in, or if a crash between the two writes left the link without one.</summary>
    private async Task<Result<ExternalPerson>> PersonAsync(string personId, ExternalIdentity identity)
    {
        var email = ExternalLoginRules.Email(identity.Email);
        var grain = grains.GetGrain<IPersonGrain>(personId);
        if (await grain.Get() is { } person)
            return new ExternalPerson(person, email, Created: false);

        var name = ExternalLoginRules.PersonName(identity.Name, email);
        var created = await grain.Create(new PersonInput(name, null), new Actor(personId, name));
        if (created.Succeeded)
        {
            log.LogInformation("Created {PersonId} at the first sign-in through {Issuer}", personId, identity.Issuer);
            return new ExternalPerson(created.Value!, email, Created: true);
        }
        // Another sign-in of the same subject may have created the person a moment ago.
        return await grain.Get() is { } meanwhile
            ? new ExternalPerson(meanwhile, email, Created: false)
            : Result<ExternalPerson>.Failure(created.Errors);
    }
}
