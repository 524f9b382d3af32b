using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Measures;

/// <summary>
/// The key a client may send with a log or a tally so that sending it again (a phone that lost its
/// connection before the answer came) does not write again. The key is the client's own (a UUID);
/// what it was sent with is kept as a fingerprint, so a key reused for something else is refused
/// rather than silently answered with the first write.
/// </summary>
public static class ClientRequests
{
    public const string Field = "clientRequestId";
    public const int MinLength = 8;
    public const int MaxLength = 64;

    /// <summary>Optional; when given, 8–64 letters, digits, '-' or '_' (a UUID fits).</summary>
    public static Check Validate(this Check check, string? id)
    {
        if (id is null)
            return check;
        if (id.Length is < MinLength or > MaxLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            check.Add(Errors.Invalid(Field,
                $"«{Field}» må være {MinLength}–{MaxLength} tegn: bokstaver a–z, sifre, - eller _.",
                $"'{Field}' must be {MinLength}–{MaxLength} characters: letters a–z, digits, - or _."));
        return check;
    }

    /// <summary>What a log was sent with, by whom, for the period it resolved to.</summary>
    public static string Fingerprint(string period, PointInput input, string personId) =>
        Hash($"log|{personId}|{period}|{N(input.Value)}|{N(input.Numerator)}|{N(input.Denominator)}|{input.Note?.Trim()}");

    public static string Fingerprint(string period, TallyInput input, string personId) =>
        Hash($"tally|{personId}|{period}|{input.Done}");

    public static UserError Reused(string id) =>
        new("REQUEST_ID_REUSED", Field,
            $"Nøkkelen «{id}» er alt brukt til en annen registrering. Lag en ny nøkkel for hver registrering.",
            $"The key '{id}' was already used for a different entry. Make a new key for each entry.");

    private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
