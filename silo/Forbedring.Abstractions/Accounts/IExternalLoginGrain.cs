namespace Forbedring.Abstractions.Accounts;

/// <summary>
/// A sign-in through an external OpenID Connect provider, keyed by
/// <c>ExternalLoginRules.Key(issuer, subject)</c>, linking it to the person who signs in with it.
/// The subject is the provider's opaque (for ID-porten pairwise) id; national identity numbers
/// (ID-porten's <c>pid</c>) are never part of the key or the state.
/// </summary>
[Alias("Forbedring.IExternalLoginGrain")]
public interface IExternalLoginGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<ExternalLoginView?> Get();

    /// <summary>
    /// Links the login to the person unless it is linked already, and returns the link as it
    /// stands: the first link wins, so two first sign-ins at once end up as the same person.
    /// </summary>
    [Alias("Link")] Task<ExternalLoginView> Link(string issuer, string personId);
}

[GenerateSerializer, Immutable, Alias("Forbedring.ExternalLoginView")]
public sealed record ExternalLoginView(
    [property: Id(0)] string Issuer,
    [property: Id(1)] string PersonId,
    [property: Id(2)] DateTimeOffset LinkedAt);
