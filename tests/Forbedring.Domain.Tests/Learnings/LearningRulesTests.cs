using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Learnings;

namespace Forbedring.Domain.Tests.Learnings;

public sealed class LearningRulesTests
{
    [Fact]
    public void A_learning_needs_a_short_text_and_at_most_ten_short_tags()
    {
        Assert.False(LearningRules.Validate("Fast tidspunkt gjør forskjellen", ["utskrivning"]).Failed);

        var check = LearningRules.Validate(new string('x', LearningRules.TextMax + 1), [" ", new string('t', LearningRules.TagMax + 1)]);
        Assert.Equal([("TOO_LONG", "text"), ("REQUIRED", "tags[0]"), ("TOO_LONG", "tags[1]")], check.Errors.Select(e => (e.Code, e.Field)));

        Assert.Equal(["REQUIRED"], LearningRules.Validate("  ", null).Errors.Select(e => e.Code));
        Assert.Contains("TOO_MANY", LearningRules.Validate("Tekst", Enumerable.Range(0, 11).Select(i => $"t{i}").ToList()).Errors.Select(e => e.Code));
    }

    [Fact]
    public void Text_and_tags_refuse_national_identity_numbers()
    {
        var check = LearningRules.Validate("Gjaldt 15067543278", ["15067543278"]);

        Assert.Equal([("PATIENT_IDENTIFIABLE", "text"), ("PATIENT_IDENTIFIABLE", "tags[0]")], check.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void A_learning_has_a_source()
    {
        Assert.Equal(["source"], LearningRules.ValidateSource(null).Errors.Select(e => e.Field));
        Assert.Equal(["source.id"], LearningRules.ValidateSource(new LearningSource(LearningSourceKind.Cycle, " ")).Errors.Select(e => e.Field));
        Assert.False(LearningRules.ValidateSource(new LearningSource(LearningSourceKind.Meeting, "meeting_1")).Failed);
    }

    [Fact]
    public void Tags_are_stored_in_lower_case_with_single_spaces_once_each()
    {
        var tags = LearningRules.NormaliseTags(["  Pårørende ", "pårørende", "Gode  overganger", "Idé", "ide", ""]);

        Assert.Equal(["pårørende", "gode overganger", "idé"], tags);
    }

    [Fact]
    public void A_cycle_offers_what_its_study_says_was_learned()
    {
        Assert.Equal("Fast tidspunkt virker", LearningRules.FromStudy(new PdsaStudy("22 av 26", "  Fast tidspunkt virker ")));
        Assert.Null(LearningRules.FromStudy(new PdsaStudy("22 av 26", null)));
        Assert.Null(LearningRules.FromStudy(new PdsaStudy(null, " ")));
    }
}
