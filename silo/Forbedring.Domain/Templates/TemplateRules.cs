using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Templates;
using Forbedring.Domain.Areas;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Templates;

/// <summary>Validation of area templates and the measure definitions they carry.</summary>
public static class TemplateRules
{
    public const int MaxMeasures = 20;

    /// <summary>How many areas a template remembers; enough to compare every service of many networks.</summary>
    public const int MaxAreas = 1_000;

    public static Check Validate(AreaTemplateInput input)
    {
        var check = AreaRules.Validate(new Abstractions.Areas.AreaDetailsInput(input.Title, input.Problem, input.Aim, null))
            .MaxCount("measures", input.Measures, MaxMeasures);
        var measures = input.Measures ?? [];
        for (var i = 0; i < measures.Count; i++)
            Measure(check, $"measures[{i}]", measures[i]);
        return check;
    }

    /// <summary>
    /// The definition's own text and numbers, so that creating the measures from a template later
    /// does not fail half-way for a reason that could have been seen when the template was written.
    /// </summary>
    public static void Measure(Check check, string at, MeasureDefinition m) => check
        .Required($"{at}.name", m.Name)
        .Optional($"{at}.definition", m.Definition, Check.LongTextMax)
        .Optional($"{at}.numeratorDefinition", m.NumeratorDefinition)
        .Optional($"{at}.denominatorDefinition", m.DenominatorDefinition)
        .Optional($"{at}.unit", m.Unit, Check.NameMax)
        .Optional($"{at}.source", m.Source, Check.NameMax)
        .Finite($"{at}.target", m.Target);
}
