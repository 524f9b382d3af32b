using System.Globalization;
using Forbedring.Statistics.Preparation;

namespace Forbedring.Statistics.Tests;

/// <summary>The integer-label parser has a hand-written fast path for plain digits; it must agree with long.TryParse on every input.</summary>
public class XKeysTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("1234")]
    [InlineData("12345")]
    [InlineData("99999999")]
    [InlineData("00000001")]
    [InlineData("10000000")]
    [InlineData("123456789")]
    [InlineData("-1234")]
    [InlineData("-12345678")]
    [InlineData("+1234")]
    [InlineData(" 1234")]
    [InlineData("1234 ")]
    [InlineData("12a4")]
    [InlineData("123:")]
    [InlineData("/234")]
    [InlineData("12\u0663456")] // an Arabic-Indic digit is not a digit here
    [InlineData("1\u01304")] // a char whose low byte is '0'
    [InlineData("")]
    [InlineData("-")]
    [InlineData("999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    public void Parses_exactly_as_long_TryParse(string text) => AssertAgrees(text);

    [Fact]
    public void Agrees_with_long_TryParse_on_random_labels()
    {
        // Mostly digits, with the characters either side of '0'..'9' and signs and spaces mixed in.
        const string alphabet = "0123456789012345678901234567890123456789/:-+ a\u0660\u0130";
        var random = new Random(7);
        for (var k = 0; k < 200_000; k++)
        {
            var chars = new char[random.Next(0, 11)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertAgrees(new string(chars));
        }
    }

    private static void AssertAgrees(string text)
    {
        var expectedOk = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expected);
        var ok = XKeys.TryParseIndex(text, out var value);
        Assert.True((expectedOk, expected) == (ok, ok ? value : 0), $"'{text}': expected ({expectedOk}, {expected}), got ({ok}, {value})");
    }
}
