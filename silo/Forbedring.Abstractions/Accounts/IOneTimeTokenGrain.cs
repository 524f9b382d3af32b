using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Accounts;

/// <summary>
/// A single-use, expiring link (password reset or invitation), keyed by the SHA-256 of its token:
/// the token itself is stored nowhere, so a copy of the store cannot be turned into links.
/// </summary>
[Alias("Forbedring.IOneTimeTokenGrain")]
public interface IOneTimeTokenGrain : IGrainWithStringKey
{
    /// <summary>Records what the token grants; false if this key was issued before (a collision: never reuse it).</summary>
    [Alias("Issue")] Task<bool> Issue(TokenGrant grant);

    /// <summary>What the token grants while it is unused and unexpired; otherwise null.</summary>
    [Alias("Peek")] Task<TokenGrant?> Peek();

    /// <summary>Uses the token up and returns what it granted; null when it was unknown, used or expired.</summary>
    [Alias("Redeem")] Task<TokenGrant?> Redeem();
}

public enum TokenKind { PasswordReset, Invitation }

[GenerateSerializer, Immutable, Alias("Forbedring.TokenGrant")]
public sealed record TokenGrant(
    [property: Id(0)] TokenKind Kind,
    [property: Id(1)] string Email,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] Invitation? Invitation);

/// <summary>
/// Who invited whom into what: a network with a network role, a service with a service role, or
/// neither; and, when an administrator sent it, possibly as a person already known here.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Invitation")]
public sealed record Invitation(
    [property: Id(0)] string? NetworkId,
    [property: Id(1)] NetworkRole? NetworkRole,
    [property: Id(2)] string? ServiceId,
    [property: Id(3)] ServiceRole? ServiceRole,
    [property: Id(4)] Actor InvitedBy,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] string? PersonId = null);
