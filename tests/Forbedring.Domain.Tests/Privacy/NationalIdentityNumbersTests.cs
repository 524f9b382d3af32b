using Forbedring.Domain.Privacy;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Tests.Privacy;

/// <summary>
/// The valid numbers below were made with the mod-11 rule by hand (weights 3 7 6 1 8 9 4 5 2, then
/// 5 4 3 2 7 6 5 4 3 2 over the ten digits): e.g. 150675432 → 7 → 8 gives 15067543278. None is a real person's.
/// </summary>
public sealed class NationalIdentityNumbersTests
{
    [Theory]
    [InlineData("15067543278")]                                 // fødselsnummer, 15.06.75
    [InlineData("Pasient 150675 43278 falt i natt")]           // with a space after the date, inside a sentence
    [InlineData("ref:31129987688.")]                            // 31.12.99, next to punctuation
    [InlineData("41019012393")]                                 // D-nummer: day 01 + 40
    [InlineData("55128765408")]                                 // D-nummer: day 15 + 40
    [InlineData("010190-12480")]                                // with a hyphen after the date
    public void Valid_numbers_are_found(string text)
    {
        Assert.True(NationalIdentityNumbers.ContainsOne(text));
    }

    [Theory]
    [InlineData("15067543277")]                                 // second check digit wrong
    [InlineData("15067543268")]                                 // first check digit wrong
    [InlineData("Ring 47 12 34 56 78 eller 33034567891")]       // an 11-digit phone-like number failing the checksum
    [InlineData("150675432781")]                                // twelve digits: part of a longer number
    [InlineData("115067543278")]                                // a valid number preceded by another digit
    [InlineData("99067543278")]                                 // no such day
    [InlineData("1506754327")]                                  // ten digits
    [InlineData("Andel 12 av 15 (80 %) uke 2024-W05")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_and_numbers_pass(string? text)
    {
        Assert.False(NationalIdentityNumbers.ContainsOne(text));
    }

    [Fact]
    public void Every_text_field_checked_by_the_domain_refuses_one_without_repeating_it()
    {
        var check = new Check().Optional("note", "Fru Hansen 15067543278 falt").Required("name", "Helsehuset");

        var error = Assert.Single(check.Errors);
        Assert.Equal(("PATIENT_IDENTIFIABLE", "note"), (error.Code, error.Field));
        Assert.DoesNotContain("15067543278", error.MessageNb + error.MessageEn);
    }
}
