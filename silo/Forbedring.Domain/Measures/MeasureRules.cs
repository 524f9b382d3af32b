using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Validation;
using Forbedring.Statistics;
using DataKind = Forbedring.Abstractions.Measures.DataKind;

namespace Forbedring.Domain.Measures;

/// <summary>The rules for a measure's definition and chart settings.</summary>
public static class MeasureRules
{
    public const int MaxPhases = 50;

    public static Check Validate(MeasureDefinition definition)
    {
        var check = new Check()
            .Required("name", definition.Name)
            .Optional("definition", definition.Definition, Check.LongTextMax)
            .Optional("numeratorDefinition", definition.NumeratorDefinition)
            .Optional("denominatorDefinition", definition.DenominatorDefinition)
            .Optional("unit", definition.Unit, Check.NameMax)
            .Optional("source", definition.Source)
            .Finite("target", definition.Target);
        if (!Enum.IsDefined(definition.Kind)) check.Add(Errors.Invalid("kind", "Ukjent type måling.", "Unknown kind of measure."));
        if (!Enum.IsDefined(definition.DataKind)) check.Add(Errors.Invalid("dataKind", "Ukjent datatype.", "Unknown data kind."));
        if (!Enum.IsDefined(definition.Frequency)) check.Add(Errors.Invalid("frequency", "Ukjent frekvens.", "Unknown frequency."));
        if (!Enum.IsDefined(definition.Better)) check.Add(Errors.Invalid("better", "Ukjent retning.", "Unknown direction."));
        if (definition.DataKind == DataKind.Proportion && definition.Target is { } t && double.IsFinite(t) && t is < 0 or > 100)
            check.Add(Errors.OutOfRange("target", 0, 100));
        if (definition.ResponsiblePersonId is { } person && !Ids.LooksValid(person))
            check.Add(Errors.Invalid("responsiblePersonId", "Ugyldig person-id.", "Not a valid person id."));
        return ChartRules(check, definition.Chart, definition.RuleSet, "chart", "ruleSet");
    }

    /// <summary>An edit of a measure whose series has points may not change what the points mean.</summary>
    public static Check ValidateChange(MeasureDefinition before, MeasureDefinition after, int pointCount)
    {
        var check = Validate(after);
        if (pointCount > 0 && before.Frequency != after.Frequency)
            check.Add(Errors.FixedOnceLogged("frequency"));
        if (pointCount > 0 && ValueKinds.UsesRatio(before.DataKind) != ValueKinds.UsesRatio(after.DataKind))
            check.Add(Errors.FixedOnceLogged("dataKind"));
        return check;
    }

    public static Check Validate(ChartSettingsInput input, Frequency frequency)
    {
        var check = ChartRules(new Check(), input.Chart, input.RuleSet, "chart", "ruleSet");
        if (input.BaselineEnd is { } end && !Periods.IsValid(end, frequency))
            check.Add(BadPeriod("baselineEnd", end, frequency));
        var phases = input.Phases ?? [];
        check.MaxCount("phases", phases, MaxPhases);
        for (var i = 0; i < phases.Count; i++)
        {
            if (!Periods.IsValid(phases[i].StartsAt, frequency))
                check.Add(BadPeriod($"phases[{i}].startsAt", phases[i].StartsAt, frequency));
            else if (phases.Take(i).Any(p => p.StartsAt == phases[i].StartsAt))
                check.Add(Errors.Duplicate($"phases[{i}].startsAt", $"En fase som starter {phases[i].StartsAt}", $"A phase starting {phases[i].StartsAt}"));
            check.Optional($"phases[{i}].label", phases[i].Label, Check.NameMax);
        }
        return check;
    }

    public static ChartSettings Settings(ChartSettingsInput input) => new(
        string.IsNullOrWhiteSpace(input.BaselineEnd) ? null : input.BaselineEnd,
        (input.Phases ?? []).OrderBy(p => p.StartsAt, StringComparer.Ordinal)
            .Select(p => p with { Label = string.IsNullOrWhiteSpace(p.Label) ? null : p.Label.Trim() }).ToList());

    public static UserError BadPeriod(string field, string? value, Frequency frequency)
    {
        var (nb, en) = Periods.Pattern(frequency);
        return Errors.BadPeriod(field, value, nb, en);
    }

    private static Check ChartRules(Check check, ChartType? chart, RuleSet ruleSet, string chartField, string ruleSetField)
    {
        if (chart is { } c && !Enum.IsDefined(c)) check.Add(Errors.Invalid(chartField, "Ukjent diagramtype.", "Unknown chart type."));
        if (!Enum.IsDefined(ruleSet)) check.Add(Errors.Invalid(ruleSetField, "Ukjent regelsett.", "Unknown rule set."));
        // The NHS "Making Data Count" rules are defined for XmR charts only, so the chart must be chosen as I.
        if (ruleSet == RuleSet.Nhs && chart != ChartType.I)
            check.Add(Errors.Invalid(ruleSetField,
                "NHS-reglene gjelder bare I-diagram (XmR): velg I-diagram når du bruker dem.",
                "The NHS rules apply to I (XmR) charts only: choose the I chart to use them."));
        return check;
    }
}
