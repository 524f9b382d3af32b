using Forbedring.Abstractions.Learnings;
using Forbedring.Domain.Learnings;

namespace Forbedring.Domain.Tests.Learnings;

public sealed class LearningSearchTests
{
    private static bool Finds(string query, string text, params string[] tags) => LearningSearch.Matches(text, tags, query, null);

    [Theory]
    [InlineData("pårørende", "Ring PÅRØRENDE dagen før")]
    [InlineData("PÅRØRENDE", "ring pårørende dagen før")]
    [InlineData("Ærlig", "Vær ærlig om målingene")]
    [InlineData("møte", "Fast MØTE kl. 10")]
    [InlineData("ide", "En god idé fra BBA")]
    [InlineData("café", "Samlingen holdt på cafe")]
    [InlineData("fast   tidspunkt", "Et fast tidspunkt for samtalen")]
    public void Text_is_found_ignoring_case_accents_and_spacing(string query, string text) =>
        Assert.True(Finds(query, text));

    [Theory]
    [InlineData("for", "Ring dagen før")]
    [InlineData("pa", "Ring på")]
    [InlineData("aerlig", "Vær ærlig")]
    [InlineData("mote", "Fast møte")]
    public void Æ_ø_and_å_are_letters_of_their_own(string query, string text) =>
        Assert.False(Finds(query, text));

    [Fact]
    public void A_decomposed_å_is_the_same_letter_as_a_composed_one() =>
        Assert.True(Finds("pa\u030Arørende", "Pårørende"));

    [Fact]
    public void Text_is_also_found_in_the_tags()
    {
        Assert.True(Finds("overgang", "Ringe hjem", "gode overganger"));
        Assert.False(Finds("legemidler", "Ringe hjem", "gode overganger"));
    }

    [Fact]
    public void Every_wanted_tag_must_be_there()
    {
        Assert.True(LearningSearch.Matches("Tekst", ["pårørende", "utskrivning"], null, ["Pårørende"]));
        Assert.True(LearningSearch.Matches("Tekst", ["pårørende", "utskrivning"], null, ["utskrivning", "PÅRØRENDE"]));
        Assert.False(LearningSearch.Matches("Tekst", ["pårørende"], null, ["pårørende", "utskrivning"]));
        Assert.False(LearningSearch.Matches("Tekst", ["pårørende"], null, ["pårør"]));
    }

    [Fact]
    public void A_query_must_be_sensible_before_it_runs()
    {
        Assert.False(LearningSearch.Validate(Query()).Failed);
        Assert.Equal(["take"], LearningSearch.Validate(Query() with { Take = 0 }).Errors.Select(e => e.Field));
        Assert.Equal(["take"], LearningSearch.Validate(Query() with { Take = 101 }).Errors.Select(e => e.Field));
        Assert.Equal(["after"], LearningSearch.Validate(Query() with { After = "' or 1 eq 1" }).Errors.Select(e => e.Field));
        Assert.Equal(["to"], LearningSearch.Validate(Query() with { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 1, 1) }).Errors.Select(e => e.Field));
        Assert.Equal(["text"], LearningSearch.Validate(Query() with { Text = new string('x', 201) }).Errors.Select(e => e.Field));
        Assert.True(LearningSearch.IsCursor("2518995254399999999-learning_0123456789abcdef"));
    }

    private static LearningQuery Query() => new(null, null, null, null, null, 20, null);
}
