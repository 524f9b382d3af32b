using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Networks;
using Forbedring.Api.GraphQL.Services;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class AreaStatusType : EnumerationGraphType<AreaStatus>
{
    public AreaStatusType()
    {
        Name = "AreaStatus";
        Description = "idé, valgt, testing, innføring, vedlikehold, avsluttet; eller stanset / avbrutt.";
    }
}

public sealed class ImprovementAreaType : ObjectGraphType<ImprovementAreaView>
{
    public ImprovementAreaType(IGrainFactory grains)
    {
        Name = "ImprovementArea";
        Description = "An improvement area (forbedringsområde) of one service in one network.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NetworkType>("network").ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(context.Source.NetworkId).Get());
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ServiceType>("service").ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.Source.ServiceId).Get());
        Field(x => x.FocusAreaId, type: typeof(IdGraphType)).Description("The network's focus area (innsatsområde) this area belongs to, if any.");
        Field(x => x.Problem, nullable: true).Description("«Hva er viktig for deg?»: the problem and why it matters, in Markdown as written.");
        Field<StringGraphType>("problemHtml").Description("The problem rendered to sanitized HTML.")
            .Resolve(context => MarkdownRenderer.ToHtml(context.Source.Problem));
        Field<NonNullGraphType<AimStatementType>>("aim").Resolve(context => context.Source.Aim);
        Field<NonNullGraphType<AreaStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaStatusChangeType>>>>("statusHistory")
            .Description("Every status change, oldest first, dated and by whom.")
            .Resolve(context => context.Source.StatusHistory);
        Field(x => x.MeasureIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Measures.MeasureType>>>>("measures").ResolveAsync(async context =>
            await GrainResolve.AllAsync(context.Source.MeasureIds, id => grains.GetGrain<Abstractions.Measures.IMeasureGrain>(id).Get()));
        Field(x => x.TemplateId, type: typeof(IdGraphType)).Description("The area template (tiltakspakke) this area started from, if any.");
        Field(x => x.Version).Description("Give it back as expectedVersion when editing: a save based on an older version is refused.");
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<StampType>>("updated").Resolve(context => context.Source.Updated);
    }
}

public sealed class AimStatementType : ObjectGraphType<AimStatement>
{
    public AimStatementType()
    {
        Name = "AimStatement";
        Description = "The aim: what, how much, by when, and the sentence the team wrote.";
        Field(x => x.What, nullable: true);
        Field(x => x.HowMuch, nullable: true).Description("e.g. «fra 40 % til 90 %».");
        Field(x => x.ByWhen, nullable: true);
        Field(x => x.Text, nullable: true);
    }
}

public sealed class AreaStatusChangeType : ObjectGraphType<AreaStatusChange>
{
    public AreaStatusChangeType()
    {
        Name = "AreaStatusChange";
        Field<AreaStatusType>("from").Resolve(context => context.Source.From);
        Field<NonNullGraphType<AreaStatusType>>("to").Resolve(context => context.Source.To);
        Field(x => x.Date);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<StampType>>("by").Resolve(context => context.Source.By);
    }
}
