using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.People;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.People;

public sealed class PersonFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people")
            .Requires(Permission.SignedIn)
            .Description("Everyone known to this installation, by name.")
            .ResolveAsync(async _ =>
            {
                var entries = await grains.GetGrain<ICatalogGrain>(0).List(CatalogKind.Person);
                return await GrainResolve.AllAsync(entries.Select(e => e.Id), id => grains.GetGrain<IPersonGrain>(id).Get());
            });
        query.Field<PersonType>("person")
            .Requires(Permission.SignedIn)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<IPersonGrain>(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PersonPayloadType>>("createPerson")
            .Requires(Permission.SignedIn)
            .Argument<NonNullGraphType<PersonInputType>>("input")
            .ResolveAsync(async context => await grains.GetGrain<IPersonGrain>(Ids.New("person"))
                .Create(context.GetArgument<PersonInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<PersonPayloadType>>("updatePerson")
            .Requires(Permission.Self, On.Person("input.id"))
            .Argument<NonNullGraphType<UpdatePersonInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdatePersonInput>("input");
                return await grains.GetGrain<IPersonGrain>(input.Id).Update(input.Person, input.ExpectedVersion, context.Actor());
            });
    }
}
