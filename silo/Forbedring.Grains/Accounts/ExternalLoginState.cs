namespace Forbedring.Grains.Accounts;

public sealed class ExternalLoginState
{
    public bool Exists { get; set; }
    public string Issuer { get; set; } = "";
    public string PersonId { get; set; } = "";
    public DateTimeOffset LinkedAt { get; set; }
}
