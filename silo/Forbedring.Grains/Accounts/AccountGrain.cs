using System.Security.Cryptography;
using System.Text;
using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Common;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", ForbedringSilo.StorageName)] IPersistentState<AccountState> state,
    AccountOptions options,
    TimeProvider clock) : Grain, IAccountGrain
{
    private AccountState S => state.State;
    private string Email => this.GetPrimaryKeyString();

    public Task<AccountView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<Result<AccountView>> Create(NewAccount account, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("email", $"En konto for «{Email}»", $"An account for '{Email}'");
        var check = new Check().Email("email", Email).Password("password", account.Password.Value).Required("personId", account.PersonId);
        if (check.Failed)
            return Result<AccountView>.Failure(check.Errors);
        S.PasswordHash = await HashAsync(account.Password);
        S.Exists = true;
        S.PersonId = account.PersonId;
        S.CreatedAt = clock.GetUtcNow();
        await state.SaveOrForgetAsync(this);
        return View();
    }

    public async Task<SignInResult> SignIn(Secret password)
    {
        var now = clock.GetUtcNow();
        if (!S.Exists)
        {
            // As slow as a real check, so the answer's timing does not tell which addresses have accounts.
            await Task.Run(() => PasswordHashing.Verify(password.Value, PasswordHashing.Unusable));
            return new SignInResult(SignInOutcome.WrongPassword, null, null);
        }
        if (S.LockedUntil is { } until && until > now)
            return new SignInResult(SignInOutcome.LockedOut, null, until);

        // State is read on the grain's scheduler only; the hashing runs on the thread pool.
        var stored = S.PasswordHash;
        if (await Task.Run(() => PasswordHashing.Verify(password.Value, stored)))
        {
            if (S.FailedAttempts != 0 || S.LockedUntil is not null)
            {
                S.FailedAttempts = 0;
                S.LockedUntil = null;
                await state.SaveOrForgetAsync(this);
            }
            return new SignInResult(SignInOutcome.SignedIn, View(), null);
        }

        S.FailedAttempts++;
        if (S.FailedAttempts >= Math.Max(1, options.MaxFailedAttempts))
        {
            S.FailedAttempts = 0;
            S.LockedUntil = now + options.LockOutFor;
        }
        await state.SaveOrForgetAsync(this);
        return S.LockedUntil is { } locked && locked > now
            ? new SignInResult(SignInOutcome.LockedOut, null, locked)
            : new SignInResult(SignInOutcome.WrongPassword, null, null);
    }

    public async Task<bool> IssuePasswordReset(string tokenHash, DateTimeOffset expiresAt)
    {
        if (!S.Exists)
            return false;
        S.ResetTokenHash = tokenHash;
        S.ResetTokenExpiresAt = expiresAt;
        await state.SaveOrForgetAsync(this);
        return true;
    }

    public async Task<Result<AccountView>> CompletePasswordReset(string tokenHash, Secret newPassword)
    {
        if (!S.Exists || S.ResetTokenHash is null || S.ResetTokenExpiresAt is not { } expires || expires <= clock.GetUtcNow()
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(S.ResetTokenHash), Encoding.ASCII.GetBytes(tokenHash)))
            return Errors.TokenInvalid("token");
        var check = new Check().Password("newPassword", newPassword.Value);
        if (check.Failed)
            return Result<AccountView>.Failure(check.Errors);
        S.PasswordHash = await HashAsync(newPassword);
        S.ResetTokenHash = null;
        S.ResetTokenExpiresAt = null;
        // Whoever can reset the password may sign in at once: a reset also lifts a lock-out.
        S.FailedAttempts = 0;
        S.LockedUntil = null;
        await state.SaveOrForgetAsync(this);
        return View();
    }

    // Hashing takes a few hundred milliseconds by design: off the grain's scheduler, then back on it.
    private static Task<string> HashAsync(Secret password) => Task.Run(() => PasswordHashing.Hash(password.Value));

    private AccountView View() => new(Email, S.PersonId, S.CreatedAt, S.LockedUntil);
}
