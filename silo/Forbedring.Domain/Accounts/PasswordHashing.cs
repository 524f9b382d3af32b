using System.Security.Cryptography;

namespace Forbedring.Domain.Accounts;

/// <summary>
/// Password hashes: PBKDF2 with HMAC-SHA-256, 600,000 iterations (OWASP's 2023 figure), a random
/// 16-byte salt, 32-byte key, compared in fixed time. Stored as
/// <c>pbkdf2-sha256$iterations$salt$key</c> (base64), so the iteration count can rise later and
/// old hashes still verify. Plain .NET, so the grains need no ASP.NET Identity.
/// </summary>
public static class PasswordHashing
{
    private const string Scheme = "pbkdf2-sha256";
    public const int Iterations = 600_000;
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    /// <summary>A hash that matches no password: verified against when there is no account, so the answer takes as long.</summary>
    public static readonly string Unusable = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeyBytes);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static bool Verify(string password, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not { Length: 4 } || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations) || iterations < 1)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
