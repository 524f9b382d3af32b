using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Accounts;

/// <summary>
/// A built-in sign-in account, keyed by the normalised e-mail address (trimmed, lower case). It
/// links to the person who signs in with it and keeps only hashes of passwords and tokens.
/// </summary>
[Alias("Forbedring.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<AccountView?> Get();

    /// <summary>Creates the account; refused when it exists or the password is too weak.</summary>
    [Alias("Create")] Task<Result<AccountView>> Create(NewAccount account, Actor actor);

    /// <summary>Checks the password, counting failures and locking the account after too many.</summary>
    [Alias("SignIn")] Task<SignInResult> SignIn(Secret password);

    /// <summary>Remembers a reset token's hash (replacing any earlier one); false when there is no account.</summary>
    [Alias("IssuePasswordReset")] Task<bool> IssuePasswordReset(string tokenHash, DateTimeOffset expiresAt);

    /// <summary>Sets a new password with the current, unexpired reset token, which is then used up.</summary>
    [Alias("CompletePasswordReset")] Task<Result<AccountView>> CompletePasswordReset(string tokenHash, Secret newPassword);
}
