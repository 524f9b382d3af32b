namespace Forbedring.Grains.Accounts;

/// <summary>Lock-out settings, from the configuration section <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockOutFor { get; set; } = TimeSpan.FromMinutes(15);
}
