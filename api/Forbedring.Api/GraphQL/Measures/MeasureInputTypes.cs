using Forbedring.Abstractions.Measures;
using Forbedring.Api.GraphQL.Statistics;
using Forbedring.Statistics;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Measures;

public sealed class MeasureDefinitionInputType : InputObjectGraphType<MeasureDefinition>
{
    public MeasureDefinitionInputType()
    {
        Name = "MeasureDefinitionInput";
        Field(x => x.Name);
        Field(x => x.Kind, type: typeof(NonNullGraphType<MeasureKindType>));
        Field(x => x.DataKind, type: typeof(NonNullGraphType<DataKindType>));
        Field(x => x.Frequency, type: typeof(NonNullGraphType<FrequencyType>));
        Field(x => x.Better, type: typeof(NonNullGraphType<BetterDirectionType>)).Description("Which way is better.");
        Field(x => x.Definition, nullable: true).Description("The operational definition, Markdown.");
        Field(x => x.NumeratorDefinition, nullable: true);
        Field(x => x.DenominatorDefinition, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Target, nullable: true).Description("In percent for proportions.");
        Field(x => x.Chart, type: typeof(ChartTypeType)).Description("Leave out for the automatic chart.");
        Field(x => x.RuleSet, type: typeof(RuleSetType)).DefaultValue(RuleSet.Anhoej);
        Field(x => x.ResponsiblePersonId, type: typeof(IdGraphType));
    }
}

public sealed record CreateMeasureInput(string AreaId, string? TemplateMeasureId, MeasureDefinition Definition);

public sealed class CreateMeasureInputType : InputObjectGraphType<CreateMeasureInput>
{
    public CreateMeasureInputType()
    {
        Name = "CreateMeasureInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.TemplateMeasureId, type: typeof(IdGraphType));
        Field(x => x.Definition, type: typeof(NonNullGraphType<MeasureDefinitionInputType>));
    }
}

public sealed record UpdateMeasureInput(string Id, int ExpectedVersion, MeasureDefinition Definition);

public sealed class UpdateMeasureInputType : InputObjectGraphType<UpdateMeasureInput>
{
    public UpdateMeasureInputType()
    {
        Name = "UpdateMeasureInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Definition, type: typeof(NonNullGraphType<MeasureDefinitionInputType>));
    }
}

public sealed class PhaseSplitInputType : InputObjectGraphType<PhaseSplit>
{
    public PhaseSplitInputType()
    {
        Name = "PhaseSplitInput";
        Field(x => x.StartsAt).Description("The first period of the new phase.");
        Field(x => x.Label, nullable: true);
    }
}

public sealed record UpdateChartSettingsInput(string Id, int ExpectedVersion, ChartType? Chart, RuleSet RuleSet, string? BaselineEnd, IReadOnlyList<PhaseSplit>? Phases);

public sealed class UpdateChartSettingsInputType : InputObjectGraphType<UpdateChartSettingsInput>
{
    public UpdateChartSettingsInputType()
    {
        Name = "UpdateChartSettingsInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Chart, type: typeof(ChartTypeType)).Description("Leave out for the automatic chart.");
        Field(x => x.RuleSet, type: typeof(RuleSetType)).DefaultValue(RuleSet.Anhoej);
        Field(x => x.BaselineEnd, nullable: true).Description("The last period of the frozen baseline; leave out for none.");
        Field(x => x.Phases, type: typeof(ListGraphType<NonNullGraphType<PhaseSplitInputType>>))
            .Description("Where new phases start (period keys). With phases, each phase has its own centre line and the baseline freeze is not used.");
    }
}

public sealed class MeasurementInputType : InputObjectGraphType<PointInput>
{
    public MeasurementInputType()
    {
        Name = "MeasurementInput";
        Description = "One period: give the period key or a date in it; a value, or a numerator and a denominator.";
        Field(x => x.Period, nullable: true).Description("yyyy-MM-dd, yyyy-Www or yyyy-MM, as the measure's frequency.");
        Field(x => x.Date, nullable: true).Description("Any date in the period, instead of the period key.");
        Field(x => x.Value, nullable: true);
        Field(x => x.Numerator, nullable: true);
        Field(x => x.Denominator, nullable: true);
        Field(x => x.Note, nullable: true).Description("At most 500 characters; no patient-identifiable data.");
    }
}

public sealed record LogMeasurementInput(string MeasureId, string? Period, DateOnly? Date, double? Value, double? Numerator, double? Denominator, string? Note, string? ClientRequestId = null)
{
    public PointInput Point => new(Period, Date, Value, Numerator, Denominator, Note, ClientRequestId);
}

public sealed class LogMeasurementInputType : InputObjectGraphType<LogMeasurementInput>
{
    public LogMeasurementInputType()
    {
        Name = "LogMeasurementInput";
        Description = "Logging a period that has a value already corrects it; the earlier value is kept in the history.";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period, nullable: true);
        Field(x => x.Date, nullable: true);
        Field(x => x.Value, nullable: true);
        Field(x => x.Numerator, nullable: true);
        Field(x => x.Denominator, nullable: true);
        Field(x => x.Note, nullable: true);
        Field(x => x.ClientRequestId, nullable: true).Description(ClientRequestIdDescription);
    }

    public const string ClientRequestIdDescription =
        "A key the client makes for this entry (e.g. a UUID; 8–64 of a–z, A–Z, 0–9, - and _). Sending the same entry again with the same key " +
        "writes nothing and returns the period's point as it stands; the same key with other content is refused with REQUEST_ID_REUSED.";
}

public sealed record LogTallyInput(string MeasureId, string? Period, DateOnly? Date, bool Done = true, string? ClientRequestId = null);

public sealed class LogTallyInputType : InputObjectGraphType<LogTallyInput>
{
    public LogTallyInputType()
    {
        Name = "LogTallyInput";
        Description = "One observation (e.g. one patient's checklist): adds 1 to the denominator and, when done, 1 to the numerator; a count adds 1.";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period, nullable: true);
        Field(x => x.Date, nullable: true);
        Field(x => x.Done, nullable: true).DefaultValue(true);
        Field(x => x.ClientRequestId, nullable: true).Description(LogMeasurementInputType.ClientRequestIdDescription + " A tally sent twice would count twice: an offline queue should always send one.");
    }
}

public sealed record LogMeasurementsInput(string MeasureId, IReadOnlyList<PointInput> Points);

public sealed class LogMeasurementsInputType : InputObjectGraphType<LogMeasurementsInput>
{
    public LogMeasurementsInputType()
    {
        Name = "LogMeasurementsInput";
        Description = "Several periods at once: all are checked first, and nothing is written if any is wrong.";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Points, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementInputType>>>));
    }
}

public sealed record PointNoteInput(string MeasureId, string Period, string? Text);

public sealed class AnnotatePointInputType : InputObjectGraphType<PointNoteInput>
{
    public AnnotatePointInputType()
    {
        Name = "AnnotatePointInput";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period);
        Field(x => x.Text, type: typeof(NonNullGraphType<StringGraphType>));
    }
}

public sealed record ExcludePointInput(string MeasureId, string Period, string Reason);

public sealed class ExcludePointInputType : InputObjectGraphType<ExcludePointInput>
{
    public ExcludePointInputType()
    {
        Name = "ExcludePointInput";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period);
        Field(x => x.Reason).Description("Why the point does not belong to the process (e.g. a registration error).");
    }
}

public sealed record IncludePointInput(string MeasureId, string Period);

public sealed class IncludePointInputType : InputObjectGraphType<IncludePointInput>
{
    public IncludePointInputType()
    {
        Name = "IncludePointInput";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period);
    }
}

public sealed record ImportMeasureCsvInput(string MeasureId, string Csv, bool DryRun);

public sealed class ImportMeasureCsvInputType : InputObjectGraphType<ImportMeasureCsvInput>
{
    public ImportMeasureCsvInputType()
    {
        Name = "ImportMeasureCsvInput";
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Csv).Description("A header row naming the columns (periode/dato, verdi or teller/nevner, merknad; English names too), then one row per period.");
        Field(x => x.DryRun, nullable: true).DefaultValue(false).Description("Check every row and report, writing nothing.");
    }
}
