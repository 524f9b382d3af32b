using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Services;

public sealed class ServiceFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceType>>>>("services")
            .Requires(Permission.SignedIn)
            .Description("Every service in this installation, by name.")
            .ResolveAsync(async _ =>
            {
                var entries = await grains.GetGrain<ICatalogGrain>(0).List(CatalogKind.Service);
                return await GrainResolve.AllAsync(entries.Select(e => e.Id), id => grains.GetGrain<IServiceGrain>(id).Get());
            });
        query.Field<ServiceType>("service")
            .Requires(Permission.ReadService, On.Service("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServicePayloadType>>("createService")
            .Requires(Permission.Administer)
            .Argument<NonNullGraphType<ServiceInputType>>("input")
            .ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(Ids.New("service"))
                .Create(context.GetArgument<ServiceInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<ServicePayloadType>>("updateService")
            .Requires(Permission.ManageService, On.Service("input.id"))
            .Argument<NonNullGraphType<UpdateServiceInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateServiceInput>("input");
                return await grains.GetGrain<IServiceGrain>(input.Id).Update(input.Service, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ServicePayloadType>>("addServiceMember")
            .Requires(Permission.ManageService, On.Service("input.serviceId"))
            .Argument<NonNullGraphType<ServiceMemberInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ServiceMemberInput>("input");
                return await grains.GetGrain<IServiceGrain>(input.ServiceId).AddMember(input.PersonId, input.Role, input.Since, context.Actor());
            });
        mutation.Field<NonNullGraphType<ServicePayloadType>>("endServiceMembership")
            .Requires(Permission.ManageService, On.Service("input.serviceId"))
            .Description("A person leaves the service (or changes role): the membership ends and stays in the history.")
            .Argument<NonNullGraphType<EndServiceMembershipInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<EndServiceMembershipInput>("input");
                return await grains.GetGrain<IServiceGrain>(input.ServiceId).EndMembership(input.PersonId, input.Until, context.Actor());
            });
        mutation.Field<NonNullGraphType<ServicePayloadType>>("changeServiceRole")
            .Requires(Permission.ManageService, On.Service("input.serviceId"))
            .Description("A new role in one step: the person's membership ends and one with the new role begins the same day, both kept in the history; nothing changes if either is refused.")
            .Argument<NonNullGraphType<ChangeServiceRoleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ChangeServiceRoleInput>("input");
                return await grains.GetGrain<IServiceGrain>(input.ServiceId).ChangeRole(input.PersonId, input.Role, input.From, context.Actor());
            });
    }
}
