using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Accounts;

/// <summary>A password or token on its way to a grain: its text never shows in logs or exceptions.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.Secret")]
public sealed record Secret([property: Id(0)] string Value)
{
    public override string ToString() => "Secret(hidden)";
}

/// <summary>An account as the api sees it: no hashes leave the grain.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.AccountView")]
public sealed record AccountView(
    [property: Id(0)] string Email,
    [property: Id(1)] string PersonId,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? LockedUntil);

[GenerateSerializer, Immutable, Alias("Forbedring.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] string PersonId,
    [property: Id(1)] Secret Password);

public enum SignInOutcome { SignedIn, WrongPassword, LockedOut }

[GenerateSerializer, Immutable, Alias("Forbedring.SignInResult")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] AccountView? Account,
    [property: Id(2)] DateTimeOffset? LockedUntil);
