namespace Forbedring.Grains.Accounts;

public sealed class AccountState
{
    public bool Exists { get; set; }
    public string PersonId { get; set; } = "";

    /// <summary>See <see cref="Domain.Accounts.PasswordHashing"/>: never the password itself.</summary>
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>SHA-256 of the current password-reset token, if one is outstanding.</summary>
    public string? ResetTokenHash { get; set; }
    public DateTimeOffset? ResetTokenExpiresAt { get; set; }
}
