namespace Forbedring.Statistics;

/// <summary>What the chart says about the process, for the last (current) part.</summary>
public enum VariationKind { Common, Improvement, Concern, Neutral }

/// <summary>Whether the target will be met: reliably, reliably not, or sometimes.</summary>
public enum AssuranceKind { Pass, Fail, HitAndMiss }

/// <summary>A plain-language verdict in bokmål and English, with the machine-readable facts behind it.</summary>
/// <param name="Variation">Null when there is nothing to judge (no useful points).</param>
/// <param name="Assurance">Null without a target, with a neutral direction, or for a chart without limits.</param>
/// <param name="TrialLimits">The limits rest on fewer than 12 points and should be read as trial limits.</param>
public sealed record Verdict(
    VariationKind? Variation,
    AssuranceKind? Assurance,
    RuleSet RuleSet,
    bool TrialLimits,
    string MessageNb,
    string MessageEn);
