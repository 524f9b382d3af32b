using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Templates;
using Forbedring.Domain.Templates;
using Forbedring.Statistics;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Domain.Tests.Templates;

public sealed class TemplateRulesTests
{
    private static MeasureDefinition Measure(string name, double? target = null) =>
        new(name, MeasureKind.Process, DataKind.Proportion, Frequency.Week, BetterDirection.Up, null, null, null, null, null, target, null, RuleSet.Anhoej, null);

    [Fact]
    public void A_template_with_named_measures_is_valid() =>
        Assert.False(TemplateRules.Validate(new AreaTemplateInput(null, "Trygge overflyttinger", null, null, [Measure("Andel med sjekkliste", 90)])).Failed);

    [Fact]
    public void Nameless_measures_and_non_finite_targets_are_refused_with_their_index()
    {
        var check = TemplateRules.Validate(new AreaTemplateInput(null, "Mal", null, null, [Measure("ok"), Measure(" "), Measure("x", double.NaN)]));
        Assert.Equal(["measures[1].name", "measures[2].target"], check.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void More_measures_than_the_cap_are_refused()
    {
        var measures = Enumerable.Range(0, TemplateRules.MaxMeasures + 1).Select(i => Measure($"m{i}")).ToList();
        Assert.Equal("TOO_MANY", Assert.Single(TemplateRules.Validate(new AreaTemplateInput(null, "Mal", null, null, measures)).Errors).Code);
    }
}
