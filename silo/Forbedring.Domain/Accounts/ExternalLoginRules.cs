using System.Security.Cryptography;
using System.Text;
using Forbedring.Abstractions.People;
using Forbedring.Domain.Services;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Accounts;

/// <summary>
/// Rules for signing in through an external provider (OpenID Connect): how a provider's subject
/// becomes a key, and what a new person is called.
/// </summary>
public static class ExternalLoginRules
{
    /// <summary>Keys longer than this are hashed: grain ids show up in logs and table keys.</summary>
    public const int KeyMax = 256;

    /// <summary>What a person is called when the provider tells neither a usable name nor an e-mail (ID-porten tells neither).</summary>
    public const string UnnamedPerson = "Ny person";

    /// <summary>
    /// The login's key: issuer + "|" + subject, since a subject is only unique within its issuer.
    /// A long pair becomes <c>sha256:</c> + hex of it, which is still unique and still stable.
    /// </summary>
    public static string Key(string issuer, string subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var key = issuer + "|" + subject;
        return key.Length <= KeyMax && !key.Any(char.IsControl)
            ? key
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// The new person's name: the provider's name, else the e-mail's local part, else
    /// <see cref="UnnamedPerson"/>; the first that passes the person rules (length, no identity numbers).
    /// </summary>
    public static string PersonName(string? name, string? email)
    {
        var local = email?.Trim() is { } address && address.IndexOf('@') is var at and > 0 ? address[..at] : null;
        foreach (var candidate in new[] { name?.Trim(), local })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && !ServiceRules.Validate(new PersonInput(candidate, null)).Failed)
                return candidate;
        }
        return UnnamedPerson;
    }

    /// <summary>The provider's e-mail when it looks like one (normalised), else null: it is shown, never used as a key.</summary>
    public static string? Email(string? email) =>
        !string.IsNullOrWhiteSpace(email) && !new Check().Email("email", email).Failed ? AccountRules.NormaliseEmail(email) : null;
}
