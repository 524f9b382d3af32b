using Forbedring.Statistics;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Statistics;

/// <summary>The analysis of a series, as the contract names it; non-finite numbers are already null.</summary>
public sealed class SeriesAnalysisType : ObjectGraphType<SeriesAnalysis>
{
    public SeriesAnalysisType()
    {
        Name = "SeriesAnalysis";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysedPointType>>>>("points").Resolve(c => c.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RunsAnalysisType>>>>("parts").Resolve(c => c.Source.Parts);
        Field(x => x.Variation, nullable: true).Description("NHS: the variation type of the last point of each part's last group.");
        Field(x => x.Assurance, nullable: true).Description("consistent_pass | consistent_fail | inconsistent | null");
        Field(x => x.Warnings);
        Field<NonNullGraphType<VerdictType>>("verdict").Description("The verdict in plain language, naming the rule set.")
            .Resolve(c => c.Source.Verdict);
    }
}

public sealed class AnalysedPointType : ObjectGraphType<AnalysedPoint>
{
    public AnalysedPointType()
    {
        Name = "AnalysedPoint";
        Field(x => x.X);
        Field(x => x.Y, nullable: true);
        Field(x => x.N, nullable: true);
        Field(x => x.CenterLine, nullable: true);
        Field(x => x.LowerLimit, nullable: true);
        Field(x => x.UpperLimit, nullable: true);
        Field(x => x.LowerLimit95, nullable: true);
        Field(x => x.UpperLimit95, nullable: true);
        Field(x => x.SigmaSignal);
        Field(x => x.Part);
        Field(x => x.Baseline);
        Field(x => x.Included);
        Field(x => x.PointType, nullable: true)
            .Description("NHS rule set: special_cause_improvement | special_cause_concern | special_cause_neutral_high | special_cause_neutral_low | common_cause");
    }
}

public sealed class RunsAnalysisType : ObjectGraphType<RunsAnalysis>
{
    public RunsAnalysisType()
    {
        Name = "RunsAnalysis";
        Field(x => x.Part);
        Field(x => x.Observations);
        Field(x => x.UsefulObservations);
        Field(x => x.RunsSignal);
        Field(x => x.LongestRun, nullable: true);
        Field(x => x.LongestRunMax, nullable: true);
        Field(x => x.Crossings, nullable: true);
        Field(x => x.CrossingsMin, nullable: true);
    }
}

public sealed class VerdictType : ObjectGraphType<Verdict>
{
    public VerdictType()
    {
        Name = "Verdict";
        Field<VariationKindType>("variation").Resolve(c => c.Source.Variation);
        Field<AssuranceKindType>("assurance").Resolve(c => c.Source.Assurance);
        Field<NonNullGraphType<RuleSetType>>("ruleSet").Resolve(c => c.Source.RuleSet);
        Field(x => x.TrialLimits).Description("Fewer than 12 points: the limits are trial limits.");
        Field(x => x.MessageNb);
        Field(x => x.MessageEn);
    }
}
