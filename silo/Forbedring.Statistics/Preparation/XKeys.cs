using System.Globalization;

namespace Forbedring.Statistics.Preparation;

/// <summary>Turns x labels into sortable keys: integers for Index, day numbers for Date.</summary>
internal static class XKeys
{
    /// <summary>Parses an integer label. A hand-written fast path covers plain digits, the common case in big series.</summary>
    public static bool TryParseIndex(string text, out long value)
    {
        var length = text.Length;
        if (length is > 0 and <= 18)
        {
            var start = text[0] == '-' ? 1 : 0;
            if (start < length)
            {
                long acc = 0;
                var i = start;
                for (; i < length; i++)
                {
                    var digit = text[i] - '0';
                    if ((uint)digit > 9)
                    {
                        break;
                    }

                    acc = (acc * 10) + digit;
                }

                if (i == length)
                {
                    value = start == 1 ? -acc : acc;
                    return true;
                }
            }
        }

        // Slow path: whitespace, a plus sign, or very long numbers.
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses yyyy-MM-dd exactly into a day number; anything else is rejected.</summary>
    public static bool TryParseDate(string text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        dayNumber = new DateOnly(year, month, day).DayNumber;
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>
    /// Orders category labels the way R sorts factor levels under an en_US locale: letters compare
    /// case-insensitively and accent-insensitively first (å sorts with a), lower case before upper
    /// case breaks ties. ICU's invariant (root) collation does exactly that. An ordinal comparison
    /// breaks the remaining ties so the order is total and grouping stays exact.
    /// </summary>
    public static readonly Comparison<string> CategoryOrder = static (a, b) =>
    {
        var byCulture = CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.None);
        return byCulture != 0 ? byCulture : string.CompareOrdinal(a, b);
    };
}
