using Forbedring.Abstractions.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class AreaFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<ImprovementAreaType>("improvementArea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Area(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("createImprovementArea")
            .Description("A service chooses an improvement area in a network it takes part in. It starts as an idea.")
            .Argument<NonNullGraphType<CreateImprovementAreaInputType>>("input")
            .ResolveAsync(async context => await Area(Ids.New("area"))
                .Create(context.GetArgument<NewAreaInput>("input"), null, context.Actor()));
    }

    private IImprovementAreaGrain Area(string id) => grains.GetGrain<IImprovementAreaGrain>(id);
}
