using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Api.GraphQL.Areas;
using Forbedring.Api.GraphQL.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Pdsa;

public sealed class PdsaStatusType : EnumerationGraphType<PdsaStatus>
{
    public PdsaStatusType()
    {
        Name = "PdsaStatus";
        Description = "Follows the phases written: PLANNED, DOING (started), STUDYING, ACTING, COMPLETED (a decision is made).";
    }
}

public sealed class PdsaDecisionType : EnumerationGraphType<PdsaDecision>
{
    public PdsaDecisionType()
    {
        Name = "PdsaDecision";
        Description = "innføre (adopt), tilpasse (adapt), forkaste (abandon).";
    }
}

public sealed class PdsaCycleType : ObjectGraphType<PdsaCycleView>
{
    public PdsaCycleType(IGrainFactory grains)
    {
        Name = "PdsaCycle";
        Description = "A PDSA cycle testing one change idea in one improvement area.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ImprovementAreaType>("area").ResolveAsync(async context => await grains.GetGrain<IImprovementAreaGrain>(context.Source.AreaId).Get());
        Field(x => x.ChangeIdeaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ChangeIdeaType>("changeIdea").ResolveAsync(async context =>
            (await grains.GetGrain<IImprovementAreaGrain>(context.Source.AreaId).Get())?.ChangeIdeas.FirstOrDefault(c => c.Id == context.Source.ChangeIdeaId));
        Field(x => x.PreviousCycleId, type: typeof(IdGraphType)).Description("The cycle this one builds on (a ramp of cycles).");
        Field<PdsaCycleType>("previousCycle").ResolveAsync(async context =>
            context.Source.PreviousCycleId is { } id ? await grains.GetGrain<IPdsaCycleGrain>(id).Get() : null);
        Field<NonNullGraphType<PdsaStatusType>>("status").Resolve(context => context.Source.Status);
        Field(x => x.StartDate, nullable: true).Description("When the test started (Do); where the cycle begins on the measures' charts.");
        Field(x => x.EndDate, nullable: true).Description("When the test ended (Do); where the cycle ends on the measures' charts.");
        Field<NonNullGraphType<PdsaPlanType>>("plan").Resolve(context => context.Source.Plan);
        Field<NonNullGraphType<PdsaDoType>>("do").Resolve(context => context.Source.Do);
        Field<NonNullGraphType<PdsaStudyType>>("study").Resolve(context => context.Source.Study);
        Field<NonNullGraphType<PdsaActType>>("act").Resolve(context => context.Source.Act);
        Field(x => x.MeasureIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The area's measures this cycle watches.");
        Field(x => x.Version).Description("Give it back as expectedVersion when editing.");
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<StampType>>("updated").Resolve(context => context.Source.Updated);
    }
}

public sealed class PdsaPlanType : ObjectGraphType<PdsaPlan>
{
    public PdsaPlanType()
    {
        Name = "PdsaPlan";
        Field(x => x.Objective);
        Field(x => x.Questions, nullable: true);
        Field(x => x.Predictions, nullable: true);
        Field(x => x.Who, nullable: true);
        Field(x => x.What, nullable: true);
        Field(x => x.When, nullable: true);
        Field(x => x.Where, nullable: true);
        Field(x => x.DataPlan, nullable: true);
    }
}

public sealed class PdsaDoType : ObjectGraphType<PdsaDo>
{
    public PdsaDoType()
    {
        Name = "PdsaDo";
        Field(x => x.StartDate, nullable: true);
        Field(x => x.EndDate, nullable: true);
        Field(x => x.WhatHappened, nullable: true);
        Field(x => x.Problems, nullable: true);
        Field(x => x.Observations, nullable: true);
    }
}

public sealed class PdsaStudyType : ObjectGraphType<PdsaStudy>
{
    public PdsaStudyType()
    {
        Name = "PdsaStudy";
        Field(x => x.Results, nullable: true).Description("The data against the predictions.");
        Field(x => x.Learned, nullable: true);
    }
}

public sealed class PdsaActType : ObjectGraphType<PdsaAct>
{
    public PdsaActType()
    {
        Name = "PdsaAct";
        Field<PdsaDecisionType>("decision").Resolve(context => context.Source.Decision);
        Field(x => x.NextStep, nullable: true);
    }
}
