using Forbedring.Domain.Accounts;

namespace Forbedring.Domain.Tests.Accounts;

public sealed class ExternalLoginRulesTests
{
    [Fact]
    public void A_key_is_issuer_and_subject_and_a_long_one_is_hashed_stably()
    {
        Assert.Equal("https://idporten.no|NR8vTTPrM3T7rWf8dXxeWLZpxEMsug4E7pxqJuh9wIM=", ExternalLoginRules.Key("https://idporten.no", "NR8vTTPrM3T7rWf8dXxeWLZpxEMsug4E7pxqJuh9wIM="));

        var subject = new string('s', 300);
        var key = ExternalLoginRules.Key("https://idporten.no", subject);
        Assert.StartsWith("sha256:", key);
        Assert.Equal("sha256:".Length + 64, key.Length);
        Assert.Equal(key, ExternalLoginRules.Key("https://idporten.no", subject));
        Assert.NotEqual(key, ExternalLoginRules.Key("https://test.idporten.no", subject));
    }

    [Fact]
    public void The_issuer_keeps_equal_subjects_apart()
    {
        Assert.NotEqual(ExternalLoginRules.Key("https://a.example", "123"), ExternalLoginRules.Key("https://b.example", "123"));
    }

    [Theory]
    [InlineData("  Kari Nordmann ", "kari@kommune.example", "Kari Nordmann")]
    [InlineData(null, "kari.nordmann@kommune.example", "kari.nordmann")]
    [InlineData("   ", "kari@kommune.example", "kari")]
    [InlineData(null, null, ExternalLoginRules.UnnamedPerson)]
    [InlineData(null, "ikke-en-adresse", ExternalLoginRules.UnnamedPerson)]
    [InlineData("Kari 15067543278", "kari@kommune.example", "kari")] // a name carrying a national identity number is not taken
    public void A_new_person_is_named_from_the_name_else_the_e_mail_else_a_placeholder(string? name, string? email, string expected)
    {
        Assert.Equal(expected, ExternalLoginRules.PersonName(name, email));
    }

    [Theory]
    [InlineData(" Kari@Kommune.Example ", "kari@kommune.example")]
    [InlineData("ikke-en-adresse", null)]
    [InlineData(null, null)]
    public void Only_an_e_mail_that_looks_like_one_is_kept(string? email, string? expected)
    {
        Assert.Equal(expected, ExternalLoginRules.Email(email));
    }
}
