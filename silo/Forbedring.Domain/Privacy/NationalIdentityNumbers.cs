namespace Forbedring.Domain.Privacy;

/// <summary>
/// Finds Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer and the synthetic
/// test numbers) in free text: eleven digits, optionally with one space or hyphen after the sixth,
/// whose two mod-11 check digits hold and whose first six digits can be a date. Both checks must
/// pass, so ordinary 11-digit numbers (phone numbers, account numbers) rarely trip it.
/// </summary>
public static class NationalIdentityNumbers
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static bool ContainsOne(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        Span<int> digits = stackalloc int[11];
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiDigit(text[start]) || (start > 0 && char.IsAsciiDigit(text[start - 1])))
                continue;
            if (TryRead(text, start, digits) && IsValid(digits))
                return true;
        }
        return false;
    }

    /// <summary>Reads 11 digits from <paramref name="start"/> (one separator allowed after the sixth) that no digit follows.</summary>
    private static bool TryRead(string text, int start, Span<int> digits)
    {
        var i = start;
        for (var d = 0; d < 11; d++)
        {
            if (d == 6 && i < text.Length && text[i] is ' ' or '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                i++;
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                return false;
            digits[d] = text[i] - '0';
            i++;
        }
        return i >= text.Length || !char.IsAsciiDigit(text[i]);
    }

    public static bool IsValid(ReadOnlySpan<int> digits) =>
        digits.Length == 11 && PlausibleDate(digits) && CheckDigit(digits, FirstWeights) == digits[9] && CheckDigit(digits, SecondWeights) == digits[10];

    private static int CheckDigit(ReadOnlySpan<int> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
            sum += weights[i] * digits[i];
        var check = 11 - (sum % 11);
        return check switch { 11 => 0, 10 => -1, _ => check };
    }

    /// <summary>Day 1–31 (D-nummer: +40), month 1–12 (H-nummer: +40, synthetic test numbers: +80).</summary>
    private static bool PlausibleDate(ReadOnlySpan<int> digits)
    {
        var day = (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        if (day > 40) day -= 40;
        if (month > 80) month -= 80;
        else if (month > 40) month -= 40;
        return day is >= 1 and <= 31 && month is >= 1 and <= 12;
    }
}
