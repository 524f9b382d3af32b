using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Templates;
using Forbedring.Api.GraphQL.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Measures;
using Forbedring.Api.GraphQL.Networks;
using Forbedring.Api.GraphQL.Statistics;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Templates;

public sealed class AreaTemplateType : ObjectGraphType<AreaTemplateView>
{
    public AreaTemplateType(IGrainFactory grains)
    {
        Name = "AreaTemplate";
        Description = "A tiltakspakke: a suggested improvement area with its aim and measures, for one network or the whole installation.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NetworkId, type: typeof(IdGraphType)).Description("Null for a template offered to every network.");
        Field<NetworkType>("network").ResolveAsync(async context =>
            context.Source.NetworkId is { } id ? await grains.GetGrain<INetworkGrain>(id).Get() : null);
        Field(x => x.Title);
        Field(x => x.Problem, nullable: true).Description("Markdown, as written.");
        Field<StringGraphType>("problemHtml").Resolve(context => MarkdownRenderer.ToHtml(context.Source.Problem));
        Field<NonNullGraphType<AimStatementType>>("aim").Resolve(context => context.Source.Aim);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TemplateMeasureType>>>>("measures").Resolve(context => context.Source.Measures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImprovementAreaType>>>>("areas")
            .Description("The areas created from this template, so the network can compare services working on the same thing.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.AreaIds, id => grains.GetGrain<IImprovementAreaGrain>(id).Get()));
        Field(x => x.Version);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
    }
}

/// <summary>A measure as a template defines it; each area created from the template gets its own copy.</summary>
public sealed class TemplateMeasureType : ObjectGraphType<MeasureDefinition>
{
    public TemplateMeasureType()
    {
        Name = "TemplateMeasure";
        Field(x => x.Name);
        Field<NonNullGraphType<MeasureKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<DataKindType>>("dataKind").Resolve(context => context.Source.DataKind);
        Field<NonNullGraphType<FrequencyType>>("frequency").Resolve(context => context.Source.Frequency);
        Field<NonNullGraphType<BetterDirectionType>>("better").Resolve(context => context.Source.Better);
        Field(x => x.Definition, nullable: true);
        Field(x => x.NumeratorDefinition, nullable: true);
        Field(x => x.DenominatorDefinition, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Target, nullable: true);
        Field<ChartTypeType>("chart").Resolve(context => context.Source.Chart);
        Field<NonNullGraphType<RuleSetType>>("ruleSet").Resolve(context => context.Source.RuleSet);
    }
}

public sealed class TemplateMeasureInputType : InputObjectGraphType<MeasureDefinition>
{
    public TemplateMeasureInputType()
    {
        Name = "TemplateMeasureInput";
        Field(x => x.Name);
        Field(x => x.Kind, type: typeof(NonNullGraphType<MeasureKindType>));
        Field(x => x.DataKind, type: typeof(NonNullGraphType<DataKindType>));
        Field(x => x.Frequency, type: typeof(NonNullGraphType<FrequencyType>));
        Field(x => x.Better, type: typeof(NonNullGraphType<BetterDirectionType>));
        Field(x => x.Definition, nullable: true).Description("The operational definition, Markdown.");
        Field(x => x.NumeratorDefinition, nullable: true);
        Field(x => x.DenominatorDefinition, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Target, nullable: true);
        Field(x => x.Chart, type: typeof(ChartTypeType)).Description("Leave out for the automatic chart.");
        Field(x => x.RuleSet, type: typeof(RuleSetType)).DefaultValue(Forbedring.Statistics.RuleSet.Anhoej);
        Field(x => x.ResponsiblePersonId, type: typeof(IdGraphType)).Description("Usually left out: each service names its own.");
    }
}

public sealed class AreaTemplateInputType : InputObjectGraphType<AreaTemplateInput>
{
    public AreaTemplateInputType()
    {
        Name = "AreaTemplateInput";
        Field(x => x.NetworkId, type: typeof(IdGraphType)).Description("Leave out for a template offered to every network of the installation.");
        Field(x => x.Title);
        Field(x => x.Problem, nullable: true).Description("Markdown.");
        Field(x => x.Aim, type: typeof(AimStatementInputType)).Description("The aim template the area starts from.");
        Field(x => x.Measures, type: typeof(ListGraphType<NonNullGraphType<TemplateMeasureInputType>>));
    }
}

public sealed record UpdateAreaTemplateInput(string Id, int ExpectedVersion, AreaTemplateInput Template);

public sealed class UpdateAreaTemplateInputType : InputObjectGraphType<UpdateAreaTemplateInput>
{
    public UpdateAreaTemplateInputType()
    {
        Name = "UpdateAreaTemplateInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Template, type: typeof(NonNullGraphType<AreaTemplateInputType>)).Description("Its networkId must stay the same.");
    }
}

public sealed record AreaFromTemplateInput(string TemplateId, string NetworkId, string ServiceId, string? FocusAreaId, string? Title, string? Problem, AimStatement? Aim);

public sealed class AreaFromTemplateInputType : InputObjectGraphType<AreaFromTemplateInput>
{
    public AreaFromTemplateInputType()
    {
        Name = "CreateImprovementAreaFromTemplateInput";
        Field(x => x.TemplateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.FocusAreaId, type: typeof(IdGraphType));
        Field(x => x.Title, nullable: true).Description("Defaults to the template's title.");
        Field(x => x.Problem, nullable: true).Description("Defaults to the template's problem.");
        Field(x => x.Aim, type: typeof(AimStatementInputType)).Description("Defaults to the template's aim.");
    }
}

public sealed class AreaTemplatePayloadType() : PayloadType<AreaTemplateType, AreaTemplateView>("AreaTemplatePayload", "areaTemplate");
