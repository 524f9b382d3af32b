using System.Globalization;

namespace Forbedring.Domain.Measures;

/// <summary>
/// Numbers as Norwegian and English spreadsheets write them. Export uses a decimal comma and no
/// thousands separator, so Norwegian Excel reads the file as numbers.
/// </summary>
public static class CsvNumbers
{
    private static readonly NumberFormatInfo Export = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>
    /// Accepts a decimal comma or point (not both), spaces as thousands separators, and the minus
    /// sign U+2212 that Norwegian formatting writes. NaN and infinities are not numbers here.
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = text.Trim().Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").Replace('\u2212', '-');
        if (s.Contains(',') && s.Contains('.'))
            return false;
        s = s.Replace(',', '.');
        return s.Length > 0
            && s.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E')
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public static string Format(double? value) => value is { } v ? v.ToString("0.##########", Export) : "";
}
