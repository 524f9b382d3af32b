using Forbedring.Domain.Meetings;

namespace Forbedring.Domain.Tests.Meetings;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Smidsrød helsehus", "Smidsrød helsehus")]
    [InlineData("Rus/psyk", "Rus/psyk")]
    [InlineData("a_b*c", @"a\_b\*c")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("1. not a list", @"\1. not a list")]
    [InlineData("x | y", @"x \| y")]
    [InlineData("&lt;b&gt;", @"\&lt;b\&gt;")]
    [InlineData("one\ntwo", "one two")]
    public void Inline_text_reads_as_itself(string text, string expected) => Assert.Equal(expected, MarkdownText.Inline(text));

    [Fact]
    public void Nested_markdown_moves_its_headings_below_the_section_but_not_inside_code()
    {
        Assert.Equal("### Mål\ntekst\n```\n# kode\n```\n#### Under", MarkdownText.Nested("# Mål\ntekst\n```\n# kode\n```\n## Under"));
    }

    [Fact]
    public void A_link_is_only_made_of_a_web_address()
    {
        Assert.Equal("[https://video.example/a b](<https://video.example/a%20b>)", MarkdownText.Link("https://video.example/a b"));
        Assert.Equal("javascript:alert(1)", MarkdownText.Link("javascript:alert(1)"));
    }
}
