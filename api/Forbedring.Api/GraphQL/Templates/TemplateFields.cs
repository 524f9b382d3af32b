using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Templates;
using Forbedring.Api.GraphQL.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Templates;

public sealed class TemplateFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaTemplateType>>>>("areaTemplates")
            .Requires(Permission.ReadNetwork, On.Network("networkId"))
            .Description("The templates a network may start from: its own and the installation's. Without networkId: the installation's only.")
            .Argument<IdGraphType>("networkId")
            .ResolveAsync(async context =>
            {
                var networkId = context.GetArgument<string?>("networkId");
                var entries = await grains.GetGrain<ICatalogGrain>(0).List(CatalogKind.Template);
                var all = await GrainResolve.AllAsync(entries.Select(e => e.Id), id => Template(id).Get());
                return all.Where(t => t.NetworkId is null || t.NetworkId == networkId).ToList();
            });
        query.Field<AreaTemplateType>("areaTemplate")
            .Requires(Permission.ReadNetwork, On.Template("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Template(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AreaTemplatePayloadType>>("createAreaTemplate")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Argument<NonNullGraphType<AreaTemplateInputType>>("input")
            .ResolveAsync(async context => await Template(Ids.New("template")).Create(context.GetArgument<AreaTemplateInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<AreaTemplatePayloadType>>("updateAreaTemplate")
            .Requires(Permission.ManageNetwork, On.Template("input.id"))
            .Description("Edits a template; areas already created from it keep their own copies.")
            .Argument<NonNullGraphType<UpdateAreaTemplateInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateAreaTemplateInput>("input");
                return await Template(input.Id).Update(input.Template, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("createImprovementAreaFromTemplate")
            .Requires(Permission.ManageService, On.Service("input.serviceId"))
            .Description("Creates an improvement area from a template: aim and measures are copied and stay editable; the area keeps the link to the template.")
            .Argument<NonNullGraphType<AreaFromTemplateInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AreaFromTemplateInput>("input");
                return await Template(input.TemplateId).CreateArea(
                    new NewAreaInput(input.NetworkId, input.ServiceId, input.FocusAreaId, input.Title ?? "", input.Problem, input.Aim), context.Actor());
            });
    }

    private IAreaTemplateGrain Template(string id) => grains.GetGrain<IAreaTemplateGrain>(id);
}
