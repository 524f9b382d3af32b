using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Measures;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Measures;

public sealed class MeasureFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<MeasureType>("measure")
            .Requires(Permission.ReadArea, On.Measure("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Measure(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeasurePayloadType>>("createMeasure")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Description("Defines a measure in an improvement area.")
            .Argument<NonNullGraphType<CreateMeasureInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateMeasureInput>("input");
                return await Measure(Ids.New("measure")).Create(input.AreaId, input.Definition, input.TemplateMeasureId, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePayloadType>>("updateMeasure")
            .Requires(Permission.ManageService, On.Measure("input.id"))
            .Description("Edits the definition. Frequency and value shape are fixed once the series has points.")
            .Argument<NonNullGraphType<UpdateMeasureInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateMeasureInput>("input");
                return await Measure(input.Id).Update(input.Definition, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePayloadType>>("updateChartSettings")
            .Requires(Permission.ManageService, On.Measure("input.id"))
            .Description("Chart type (or automatic), rule set, baseline freeze and phases.")
            .Argument<NonNullGraphType<UpdateChartSettingsInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateChartSettingsInput>("input");
                return await Measure(input.Id).UpdateChartSettings(
                    new ChartSettingsInput(input.Chart, input.RuleSet, input.BaselineEnd, input.Phases), input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointPayloadType>>("logMeasurement")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Logs one period, or corrects it (the earlier value is kept in its history).")
            .Argument<NonNullGraphType<LogMeasurementInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LogMeasurementInput>("input");
                return await Measure(input.MeasureId).Log(input.Point, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointPayloadType>>("logTally")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Adds one observation to its period (proportions and counts).")
            .Argument<NonNullGraphType<LogTallyInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LogTallyInput>("input");
                return await Measure(input.MeasureId).LogTally(new TallyInput(input.Period, input.Date, input.Done, input.ClientRequestId), context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointsPayloadType>>("logMeasurements")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Logs several periods at once; nothing is written if any of them is wrong.")
            .Argument<NonNullGraphType<LogMeasurementsInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LogMeasurementsInput>("input");
                return await Measure(input.MeasureId).LogMany(input.Points, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointPayloadType>>("annotatePoint")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Argument<NonNullGraphType<AnnotatePointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<PointNoteInput>("input");
                return await Measure(input.MeasureId).Annotate(input.Period, input.Text ?? "", context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointPayloadType>>("excludePoint")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Leaves a point out of the centre line, limits and rules, with a reason; it is still drawn.")
            .Argument<NonNullGraphType<ExcludePointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ExcludePointInput>("input");
                return await Measure(input.MeasureId).Exclude(input.Period, input.Reason, context.Actor());
            });
        mutation.Field<NonNullGraphType<MeasurePointPayloadType>>("includePoint")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Takes an excluded point back into the analysis.")
            .Argument<NonNullGraphType<IncludePointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<IncludePointInput>("input");
                return await Measure(input.MeasureId).Include(input.Period, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImportMeasureCsvPayloadType>>("importMeasureCsv")
            .Requires(Permission.WorkInService, On.Measure("input.measureId"))
            .Description("Imports a series from CSV: all rows or none. A dry run reports each row and writes nothing.")
            .Argument<NonNullGraphType<ImportMeasureCsvInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ImportMeasureCsvInput>("input");
                return await Measure(input.MeasureId).ImportCsv(input.Csv, input.DryRun, context.Actor());
            });
    }

    private IMeasureGrain Measure(string id) => grains.GetGrain<IMeasureGrain>(id);
}
