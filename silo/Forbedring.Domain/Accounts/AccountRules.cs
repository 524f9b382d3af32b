using System.Security.Cryptography;
using System.Text;
using Forbedring.Abstractions.Common;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Accounts;

/// <summary>Rules for accounts: e-mail as a key, password strength, one-time tokens.</summary>
public static class AccountRules
{
    public const int PasswordMin = 10;
    public const int PasswordMax = 200;
    public const int EmailMax = 254;

    /// <summary>The account key: the address trimmed and in lower case.</summary>
    public static string NormaliseEmail(string? email) => (email ?? "").Trim().ToLowerInvariant();

    public static Check Email(this Check check, string field, string? email)
    {
        var normal = NormaliseEmail(email);
        if (normal.Length == 0)
            return check.Add(Errors.Required(field));
        if (normal.Length > EmailMax)
            return check.Add(Errors.TooLong(field, EmailMax));
        var at = normal.IndexOf('@');
        if (at < 1 || at != normal.LastIndexOf('@') || at == normal.Length - 1 || !normal[(at + 1)..].Contains('.')
            || normal.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            check.Add(Errors.NotAnEmail(field));
        return check;
    }

    public static Check Password(this Check check, string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return check.Add(Errors.Required(field));
        if (password.Length < PasswordMin)
            return check.Add(Errors.PasswordTooShort(field, PasswordMin));
        return check.MaxLength(field, password, PasswordMax);
    }

    /// <summary>A new one-time token (256 random bits, URL-safe): shown once, stored only as its hash.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>How a token is stored and looked up: SHA-256, hex (a random token needs no salt or stretching).</summary>
    public static string TokenHash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    public static bool LooksLikeToken(string? token) =>
        !string.IsNullOrWhiteSpace(token) && token.Trim().Length is >= 20 and <= 100;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
