using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Pdsa;

public sealed class PdsaFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<PdsaCycleType>("pdsaCycle")
            .Requires(Permission.ReadArea, On.Cycle("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Cycle(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PdsaCyclePayloadType>>("startPdsaCycle")
            .Requires(Permission.WorkInService, On.Area("input.areaId"))
            .Description("Plans a new PDSA cycle for one of the area's change ideas.")
            .Argument<NonNullGraphType<StartPdsaCycleInputType>>("input")
            .ResolveAsync(async context => await Cycle(Ids.New("pdsa")).Start(context.GetArgument<NewPdsaInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<PdsaCyclePayloadType>>("updatePdsaCycle")
            .Requires(Permission.WorkInService, On.Cycle("input.id"))
            .Description("Writes one phase or several. Refused with CHANGED_BY_SOMEONE_ELSE when the cycle was saved since expectedVersion.")
            .Argument<NonNullGraphType<UpdatePdsaCycleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdatePdsaCycleInput>("input");
                return await Cycle(input.Id).Update(new PdsaChanges(input.Plan, input.Do, input.Study, input.Act, input.MeasureIds, input.ChangeIdeaId),
                    input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<PdsaCyclePayloadType>>("continuePdsaCycle")
            .Requires(Permission.WorkInService, On.Cycle("input.cycleId"))
            .Description("Starts the next cycle of a ramp: copies the objective, change idea and measures, and links back to the cycle it builds on.")
            .Argument<NonNullGraphType<ContinuePdsaCycleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ContinuePdsaCycleInput>("input");
                return await Cycle(Ids.New("pdsa")).ContinueFrom(input.CycleId, input.ChangeIdeaId, context.Actor());
            });
    }

    private IPdsaCycleGrain Cycle(string id) => grains.GetGrain<IPdsaCycleGrain>(id);
}

public sealed class PdsaCyclePayloadType() : PayloadType<PdsaCycleType, PdsaCycleView>("PdsaCyclePayload", "pdsaCycle");
