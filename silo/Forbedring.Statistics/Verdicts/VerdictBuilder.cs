using System.Globalization;

namespace Forbedring.Statistics.Verdicts;

/// <summary>
/// What the rules found in the current (last) part. The direction is taken from the latest signal: after
/// a real change both sides of an old centre line may show signals, and the latest says where the process is now.
/// </summary>
/// <param name="Any">Some rule signalled.</param>
/// <param name="LatestSide">+1 if the latest signal is high (above, rising), −1 if low, 0 if it has no side (e.g. too many runs).</param>
internal readonly record struct SignalSummary(bool Any, int LatestSide, bool HasData, int AstronomicalSuggestions = 0)
{
    /// <summary>Collects signals at positions in any order; the one at the highest position wins.</summary>
    internal sealed class Builder
    {
        private int _position = int.MinValue;

        public bool Any { get; private set; }

        public int Side { get; private set; }

        public void Add(int position, int side)
        {
            Any = true;
            if (position >= _position)
            {
                _position = position;
                Side = side;
            }
        }
    }
}

/// <summary>Turns rule results into a plain-language verdict in bokmål and English that names the rule set.</summary>
internal static class VerdictBuilder
{
    public static Verdict Build(RuleSet ruleSet, ImprovementDirection direction, SignalSummary signals, string? assurance, bool trialLimits, int parts)
    {
        var kind = Classify(signals, direction);
        var (rulesNb, rulesEn) = RuleSetName(ruleSet);
        var nb = new List<string>();
        var en = new List<string>();

        switch (kind)
        {
            case null:
                nb.Add("Ingen punkter å vurdere.");
                en.Add("No points to judge.");
                break;
            case VariationKind.Common:
                nb.Add($"Bare tilfeldig variasjon: ingen tegn til spesiell variasjon etter {rulesNb}.");
                en.Add($"Common-cause variation only: no sign of special-cause variation by the {rulesEn}.");
                break;
            case VariationKind.Improvement:
                nb.Add($"Spesiell variasjon i ønsket retning etter {rulesNb}: prosessen har trolig endret seg til det bedre.");
                en.Add($"Special-cause variation in the better direction by the {rulesEn}: the process has probably changed for the better.");
                break;
            case VariationKind.Concern:
                nb.Add($"Spesiell variasjon i uønsket retning etter {rulesNb}: finn ut hva som har endret seg.");
                en.Add($"Special-cause variation in the worse direction by the {rulesEn}: find out what has changed.");
                break;
            default:
                nb.Add($"Spesiell variasjon etter {rulesNb}. Målet har ingen ønsket retning, så vi sier ikke om det er til det bedre.");
                en.Add($"Special-cause variation by the {rulesEn}. The measure has no better direction, so we do not say whether it is for the better.");
                break;
        }

        if (parts > 1)
        {
            nb.Add("Vurderingen gjelder siste del av serien.");
            en.Add("The verdict is for the last part of the series.");
        }

        if (signals.AstronomicalSuggestions > 0)
        {
            var n = signals.AstronomicalSuggestions.ToString(CultureInfo.InvariantCulture);
            nb.Add($"{n} punkt(er) ligger utenfor I-diagrammets grenser og kan være astronomiske; det må en person avgjøre.");
            en.Add($"{n} point(s) lie outside the I-chart limits and may be astronomical; a person must decide.");
        }

        switch (Assurance.Kind(assurance))
        {
            case AssuranceKind.Pass:
                nb.Add("Målet nås pålitelig.");
                en.Add("The target is reliably met.");
                break;
            case AssuranceKind.Fail:
                nb.Add("Målet nås pålitelig ikke: uten endring i prosessen vil det ikke nås.");
                en.Add("The target is reliably not met: it will not be met without changing the process.");
                break;
            case AssuranceKind.HitAndMiss:
                nb.Add("Målet nås av og til (treff og bom).");
                en.Add("The target is hit and miss.");
                break;
        }

        if (trialLimits)
        {
            nb.Add("Grensene bygger på færre enn 12 punkter og er foreløpige.");
            en.Add("The limits rest on fewer than 12 points and are trial limits.");
        }

        return new Verdict(kind, Assurance.Kind(assurance), ruleSet, trialLimits, string.Join(" ", nb), string.Join(" ", en));
    }

    public static (string Nb, string En) RuleSetName(RuleSet ruleSet) => ruleSet switch
    {
        RuleSet.Ihi => ("IHI-reglene", "IHI rules"),
        RuleSet.Nhs => ("NHS-reglene (Making Data Count)", "NHS Making Data Count rules"),
        _ => ("Anhøj-reglene", "Anhøj rules"),
    };

    /// <summary>The latest signal's side, read against the better direction.</summary>
    private static VariationKind? Classify(SignalSummary s, ImprovementDirection direction)
    {
        if (!s.HasData)
        {
            return null;
        }

        if (!s.Any)
        {
            return VariationKind.Common;
        }

        if (direction == ImprovementDirection.Neutral || s.LatestSide == 0)
        {
            return VariationKind.Neutral;
        }

        var better = direction == ImprovementDirection.Up ? 1 : -1;
        return s.LatestSide == better ? VariationKind.Improvement : VariationKind.Concern;
    }
}
