using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
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
            .Requires(Permission.ReadArea, On.Area("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Area(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("createImprovementArea")
            .Requires(Permission.ManageService, On.Service("input.serviceId"))
            .Description("A service chooses an improvement area in a network it takes part in. It starts as an idea.")
            .Argument<NonNullGraphType<CreateImprovementAreaInputType>>("input")
            .ResolveAsync(async context => await Area(Ids.New("area"))
                .Create(context.GetArgument<NewAreaInput>("input"), null, context.Actor()));
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("updateImprovementArea")
            .Requires(Permission.ManageService, On.Area("input.id"))
            .Description("Edits title, problem, aim and focus area. Refused with CHANGED_BY_SOMEONE_ELSE when the area was saved since expectedVersion.")
            .Argument<NonNullGraphType<UpdateImprovementAreaInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateImprovementAreaInput>("input");
                return await Area(input.Id).Update(new AreaDetailsInput(input.Title, input.Problem, input.Aim, input.FocusAreaId), input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("changeAreaStatus")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Description("Moves the area's status one allowed step (see nextStatuses); dated and by whom.")
            .Argument<NonNullGraphType<ChangeAreaStatusInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ChangeAreaStatusInput>("input");
                return await Area(input.AreaId).ChangeStatus(input.Status, input.Date, input.Note, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("rateProgress")
            .Requires(RateProgressDemand)
            .Description("Adds a progress score by the team or the facilitator; earlier scores stay in the history.")
            .Argument<NonNullGraphType<RateProgressInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RateProgressInput>("input");
                return await Area(input.AreaId).RateProgress(input.Rater, input.Score, input.Comment, input.Date, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("setDriverDiagram")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Argument<NonNullGraphType<SetDriverDiagramInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SetDriverDiagramInput>("input");
                return await Area(input.AreaId).SetDriverDiagram(input.Nodes, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("addChangeIdea")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Argument<NonNullGraphType<AddChangeIdeaInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AddChangeIdeaInput>("input");
                return await Area(input.AreaId).AddChangeIdea(new ChangeIdeaInput(input.Title, input.Description, input.DriverId), context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("updateChangeIdea")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Argument<NonNullGraphType<UpdateChangeIdeaInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateChangeIdeaInput>("input");
                return await Area(input.AreaId).UpdateChangeIdea(input.ChangeIdeaId,
                    new ChangeIdeaInput(input.Title, input.Description, input.DriverId), input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<ImprovementAreaPayloadType>>("addMilestone")
            .Requires(Permission.ManageService, On.Area("input.areaId"))
            .Argument<NonNullGraphType<AddMilestoneInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AddMilestoneInput>("input");
                return await Area(input.AreaId).AddMilestone(new MilestoneInput(input.Date, input.Title, input.Description), context.Actor());
            });
    }

    private IImprovementAreaGrain Area(string id) => grains.GetGrain<IImprovementAreaGrain>(id);

    /// <summary>The team scores its own area; the facilitator's score is the network's to give.</summary>
    private static Demand RateProgressDemand(AccessArguments args) =>
        string.Equals(args.String("input.rater"), nameof(Rater.Facilitator), StringComparison.OrdinalIgnoreCase)
            ? new Demand(Permission.ManageNetwork, On.Area("input.areaId")(args))
            : new Demand(Permission.WorkInService, On.Area("input.areaId")(args));
}
