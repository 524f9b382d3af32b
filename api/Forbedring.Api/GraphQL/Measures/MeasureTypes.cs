using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.People;
using Forbedring.Api.GraphQL.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.People;
using Forbedring.Api.GraphQL.Statistics;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Measures;

public sealed class MeasureType : ObjectGraphType<MeasureView>
{
    public MeasureType(IGrainFactory grains)
    {
        Name = "Measure";
        Description = "A measure (måling) of an improvement area, with its series of data points.";
        IMeasureGrain Grain(MeasureView view) => grains.GetGrain<IMeasureGrain>(view.Id);

        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ImprovementAreaType>("area").ResolveAsync(async c => await grains.GetGrain<IImprovementAreaGrain>(c.Source.AreaId).Get());
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Definition.Name);
        Field<NonNullGraphType<MeasureKindType>>("kind").Resolve(c => c.Source.Definition.Kind);
        Field<NonNullGraphType<DataKindType>>("dataKind").Resolve(c => c.Source.Definition.DataKind);
        Field<NonNullGraphType<FrequencyType>>("frequency").Resolve(c => c.Source.Definition.Frequency);
        Field<NonNullGraphType<BetterDirectionType>>("better").Resolve(c => c.Source.Definition.Better);
        Field<StringGraphType>("definition").Description("The operational definition, Markdown as written.").Resolve(c => c.Source.Definition.Definition);
        Field<StringGraphType>("definitionHtml").Description("The operational definition rendered to sanitized HTML.")
            .Resolve(c => MarkdownRenderer.ToHtml(c.Source.Definition.Definition));
        Field<StringGraphType>("numeratorDefinition").Resolve(c => c.Source.Definition.NumeratorDefinition);
        Field<StringGraphType>("denominatorDefinition").Resolve(c => c.Source.Definition.DenominatorDefinition);
        Field<StringGraphType>("unit").Resolve(c => c.Source.Definition.Unit);
        Field<StringGraphType>("source").Resolve(c => c.Source.Definition.Source);
        Field<FloatGraphType>("target").Description("In percent for proportions.").Resolve(c => c.Source.Definition.Target);
        Field<ChartTypeType>("chartType").Description("The chart the team chose; null means automatic (see suggestedChart).")
            .Resolve(c => c.Source.Definition.Chart);
        Field<NonNullGraphType<RuleSetType>>("ruleSet").Resolve(c => c.Source.Definition.RuleSet);
        Field<IdGraphType>("responsiblePersonId").Resolve(c => c.Source.Definition.ResponsiblePersonId);
        Field<PersonType>("responsiblePerson").ResolveAsync(async c =>
            c.Source.Definition.ResponsiblePersonId is { } id ? await grains.GetGrain<IPersonGrain>(id).Get() : null);
        Field(x => x.TemplateMeasureId, type: typeof(IdGraphType)).Description("The template measure this one was copied from, if any.");
        Field<StringGraphType>("baselineEnd").Description("The last period of the frozen baseline.").Resolve(c => c.Source.Settings.BaselineEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhaseSplitType>>>>("phases").Resolve(c => c.Source.Settings.Phases);
        Field(x => x.Version).Description("Give it back as expectedVersion when editing the definition or chart settings.");
        this.AddViewerCan(TargetKind.Measure, x => x.Id, Permission.ReadArea, Permission.WorkInService, Permission.ManageService);
        Field<NonNullGraphType<StampType>>("created").Resolve(c => c.Source.Created);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurePointType>>>>("points")
            .Description("The series in period order, with each point's history, annotations and exclusion.")
            .ResolveAsync(async c => await Grain(c.Source).GetPoints());
        Field<NonNullGraphType<ChartChoiceType>>("suggestedChart")
            .Description("The automatic choice for the series now and why, also when the team chose another chart (the chart in force is chart.choice).")
            .ResolveAsync(async c => await Grain(c.Source).GetChart() is { } chart ? chart.Automatic ?? chart.Choice : null);
        Field<NonNullGraphType<MeasureChartType>>("chart").Description("The chart in force and the statistical analysis of the series.")
            .ResolveAsync(async c => await Grain(c.Source).GetChart());
        Field<NonNullGraphType<MeasureSummaryType>>("summary").ResolveAsync(async c => await Grain(c.Source).GetSummary());
        Field<NonNullGraphType<StringGraphType>>("csv")
            .Description("The series as CSV for Norwegian Excel: semicolon separated, decimal comma. Also at GET /api/measures/{id}/csv.")
            .ResolveAsync(async c => await Grain(c.Source).ExportCsv());
    }
}

public sealed class PhaseSplitType : ObjectGraphType<PhaseSplit>
{
    public PhaseSplitType()
    {
        Name = "PhaseSplit";
        Description = "A new part of the chart from this period on, e.g. after a change was adopted.";
        Field(x => x.StartsAt).Description("The first period of the phase.");
        Field(x => x.Label, nullable: true);
    }
}

public sealed class MeasurePointType : ObjectGraphType<MeasurePoint>
{
    public MeasurePointType()
    {
        Name = "MeasurePoint";
        Description = "One period of a series: a value, or a numerator and a denominator.";
        Field(x => x.Period);
        Field(x => x.Value, nullable: true);
        Field(x => x.Numerator, nullable: true);
        Field(x => x.Denominator, nullable: true);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<StampType>>("logged").Description("Who logged the current value, and when.").Resolve(c => c.Source.Logged);
        Field<NonNullGraphType<BooleanGraphType>>("excluded").Resolve(c => c.Source.Exclusion is not null);
        Field<PointExclusionType>("exclusion").Resolve(c => c.Source.Exclusion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PointAnnotationType>>>>("annotations").Resolve(c => c.Source.Annotations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PointCorrectionType>>>>("history")
            .Description("Earlier values of this period, newest first.").Resolve(c => c.Source.History);
    }
}

public sealed class PointCorrectionType : ObjectGraphType<PointCorrection>
{
    public PointCorrectionType()
    {
        Name = "PointCorrection";
        Description = "An earlier value of a period, kept when the period was logged again.";
        Field(x => x.Value, nullable: true);
        Field(x => x.Numerator, nullable: true);
        Field(x => x.Denominator, nullable: true);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<StampType>>("logged").Resolve(c => c.Source.Logged);
        Field<NonNullGraphType<StampType>>("replaced").Resolve(c => c.Source.Replaced);
    }
}

public sealed class PointAnnotationType : ObjectGraphType<PointAnnotation>
{
    public PointAnnotationType()
    {
        Name = "PointAnnotation";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Text);
        Field<NonNullGraphType<StampType>>("written").Resolve(c => c.Source.Written);
    }
}

public sealed class PointExclusionType : ObjectGraphType<PointExclusion>
{
    public PointExclusionType()
    {
        Name = "PointExclusion";
        Description = "Why the point is left out of the centre line, limits and rules.";
        Field(x => x.Reason);
        Field<NonNullGraphType<StampType>>("excluded").Resolve(c => c.Source.Excluded);
    }
}

public sealed class ChartChoiceType : ObjectGraphType<ChartChoice>
{
    public ChartChoiceType()
    {
        Name = "ChartChoice";
        Field<NonNullGraphType<ChartTypeType>>("chart").Resolve(c => c.Source.Chart);
        Field(x => x.Automatic).Description("True when chosen from the data kind and the number of points.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("In the request's language.")
            .Resolve(c => Languages.Of(c) == Language.English ? c.Source.ReasonEn : c.Source.ReasonNb);
        Field(x => x.ReasonNb);
        Field(x => x.ReasonEn);
    }
}

public sealed class MeasureChartType : ObjectGraphType<MeasureChart>
{
    public MeasureChartType()
    {
        Name = "MeasureChart";
        Description = "A measure's chart, analysed by the same engine as analyzeSeries (x = each period's first day).";
        Field<NonNullGraphType<ChartChoiceType>>("choice").Resolve(c => c.Source.Choice);
        Field<NonNullGraphType<RuleSetType>>("ruleSet").Description("The rule set in force, always shown on the chart.").Resolve(c => c.Source.RuleSet);
        Field(x => x.Periods).Description("The period key of each analysed point, in the same order.");
        Field<SeriesAnalysisType>("analysis").Description("Null when the series cannot be analysed; errors then say why.")
            .Resolve(c => c.Source.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class MeasureSummaryType : ObjectGraphType<MeasureSummary>
{
    public MeasureSummaryType()
    {
        Name = "MeasureSummary";
        Description = "A measure as the network overview shows it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<NonNullGraphType<MeasureKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DataKindType>>("dataKind").Resolve(c => c.Source.DataKind);
        Field(x => x.LatestPeriod, nullable: true);
        Field(x => x.LatestValue, nullable: true).Description("As charted: percent for proportions.");
        Field(x => x.PointCount);
        Field<NonNullGraphType<ListGraphType<FloatGraphType>>>("recent").Description("The last points as charted (up to 24), for a sparkline.")
            .Resolve(c => c.Source.Recent);
        Field<StampType>("lastLogged").Resolve(c => c.Source.LastLogged);
        Field<NonNullGraphType<ChartTypeType>>("chart").Resolve(c => c.Source.Chart);
        Field<VariationKindType>("variation").Resolve(c => c.Source.Variation);
        Field<AssuranceKindType>("assurance").Resolve(c => c.Source.Assurance);
        Field<StringGraphType>("verdict").Description("In the request's language.")
            .Resolve(c => Languages.Of(c) == Language.English ? c.Source.VerdictEn : c.Source.VerdictNb);
        Field(x => x.VerdictNb, nullable: true);
        Field(x => x.VerdictEn, nullable: true);
    }
}

public sealed class CsvRowResultType : ObjectGraphType<CsvRowResult>
{
    public CsvRowResultType()
    {
        Name = "CsvRowResult";
        Description = "One data row of an imported CSV, by line number (the header is line 1).";
        Field(x => x.Line);
        Field<StringGraphType>("period").Resolve(c => c.Source.Point?.Period);
        Field<FloatGraphType>("value").Resolve(c => c.Source.Point?.Value);
        Field<FloatGraphType>("numerator").Resolve(c => c.Source.Point?.Numerator);
        Field<FloatGraphType>("denominator").Resolve(c => c.Source.Point?.Denominator);
        Field<StringGraphType>("note").Resolve(c => c.Source.Point?.Note);
        Field(x => x.Replaces).Description("The period already has a value, which would be kept in its history.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class ImportMeasureCsvPayloadType : ObjectGraphType<CsvImportResult>
{
    public ImportMeasureCsvPayloadType()
    {
        Name = "ImportMeasureCsvPayload";
        Description = "Every row's result. All rows are written, or none: none on a dry run or when any row is bad.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsvRowResultType>>>>("rows").Resolve(c => c.Source.Rows);
        Field(x => x.Written);
        Field(x => x.DryRun);
        Field(x => x.Succeeded).Description("No errors in the file or in any row.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Problems with the file as a whole (unknown measure, missing columns); row problems are on the rows.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class MeasurePayloadType() : PayloadType<MeasureType, MeasureView>("MeasurePayload", "measure");

public sealed class MeasurePointPayloadType() : PayloadType<MeasurePointType, MeasurePoint>("MeasurePointPayload", "point");

public sealed class MeasurePointsPayloadType()
    : PayloadType<ListGraphType<NonNullGraphType<MeasurePointType>>, IReadOnlyList<MeasurePoint>>("MeasurePointsPayload", "points");
