using Forbedring.Abstractions.Learnings;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using Forbedring.Domain.Access;
using Forbedring.Domain.Learnings;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Learnings;

public sealed class LearningFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<LearningType>("learning")
            .Requires(Permission.ReadNetwork, On.Learning("id"))
            .Description("One learning, also when deleted (then with «deleted» set).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await Learning(context.GetArgument<string>("id")).Get());
        query.Field<NonNullGraphType<LearningPageType>>("learnings")
            .Requires(args => args.Target(TargetKind.Network, "networkId") is { } network
                ? new Demand(Permission.ReadNetwork, network)
                : new Demand(Permission.Administer))
            .Description("Searches a network's learnings, newest first; without networkId, every network's (administrators). Deleted ones are left out.")
            .Argument<IdGraphType>("networkId")
            .Argument<StringGraphType>("text", arg => arg.Description = "Found in the text or the tags, ignoring case and accents (æ, ø and å are letters of their own).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags", arg => arg.Description = "Every one must be among the learning's tags.")
            .Argument<IdGraphType>("serviceId")
            .Argument<DateOnlyGraphType>("from", arg => arg.Description = "The first day (in Norway) a learning was captured.")
            .Argument<DateOnlyGraphType>("to", arg => arg.Description = "The last day, included.")
            .Argument<IntGraphType>("take", arg => arg.DefaultValue = 20)
            .Argument<StringGraphType>("after", arg => arg.Description = "The cursor from the previous page.")
            .ResolveAsync(async context =>
            {
                var search = new LearningQuery(
                    context.GetArgument<string?>("text"),
                    context.GetArgument<List<string>?>("tags"),
                    context.GetArgument<string?>("serviceId"),
                    context.GetArgument<DateOnly?>("from"),
                    context.GetArgument<DateOnly?>("to"),
                    context.GetArgument("take", 20),
                    context.GetArgument<string?>("after"));
                if (LearningSearch.Validate(search) is { Failed: true } check)
                    throw Refused(check.Errors[0]);
                var key = context.GetArgument<string?>("networkId") is { Length: > 0 } networkId ? networkId : ILearningSearchGrain.AllNetworks;
                return await grains.GetGrain<ILearningSearchGrain>(key).Search(search);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LearningPayloadType>>("addLearning")
            .Requires(Permission.AddLearning, On.ServiceInNetwork("input.networkId", "input.serviceId"))
            .Description("Shares a learning in the network: by its facilitators, or by the members of the service it is about.")
            .Argument<NonNullGraphType<AddLearningInputType>>("input")
            .ResolveAsync(async context => await Learning(Ids.New("learning")).Add(context.GetArgument<LearningInput>("input"), context.Actor()));
        mutation.Field<NonNullGraphType<LearningPayloadType>>("learningFromCycle")
            .Requires(Permission.AddLearning, On.Cycle("input.cycleId"))
            .Description("A learning from a PDSA cycle, its text taken from the Study's «what we learned» unless given.")
            .Argument<NonNullGraphType<LearningFromCycleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LearningFromCycleInput>("input");
                return await Learning(Ids.New("learning")).AddFromCycle(input.CycleId, input.Text, input.Tags, context.Actor());
            });
        mutation.Field<NonNullGraphType<LearningPayloadType>>("updateLearning")
            .Requires(Permission.EditLearning, On.Learning("input.id"))
            .Description("Rewords a learning (its author or a facilitator); the earlier wording stays in its history.")
            .Argument<NonNullGraphType<UpdateLearningInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateLearningInput>("input");
                return await Learning(input.Id).Update(input.Text, input.Tags, input.ExpectedVersion, context.Actor());
            });
        mutation.Field<NonNullGraphType<LearningPayloadType>>("deleteLearning")
            .Requires(Permission.EditLearning, On.Learning("input.id"))
            .Description("Takes a learning out of the searches (its author or a facilitator). It is kept, marked deleted, with its history.")
            .Argument<NonNullGraphType<DeleteLearningInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<DeleteLearningInput>("input");
                return await Learning(input.Id).Delete(input.ExpectedVersion, context.Actor());
            });
    }

    private ILearningGrain Learning(string id) => grains.GetGrain<ILearningGrain>(id);

    private static ExecutionError Refused(Abstractions.Common.UserError error)
    {
        var refused = new ExecutionError($"{error.MessageNb} / {error.MessageEn}") { Code = error.Code };
        refused.Data["field"] = error.Field;
        refused.Data["messageNb"] = error.MessageNb;
        refused.Data["messageEn"] = error.MessageEn;
        return refused;
    }
}
