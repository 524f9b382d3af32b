using Forbedring.Abstractions.Pdsa;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Pdsa;

public sealed class PdsaPlanInputType : InputObjectGraphType<PdsaPlan>
{
    public PdsaPlanInputType()
    {
        Name = "PdsaPlanInput";
        Field(x => x.Objective);
        Field(x => x.Questions, nullable: true);
        Field(x => x.Predictions, nullable: true).Description("Write them before the results: Study results are refused without them.");
        Field(x => x.Who, nullable: true);
        Field(x => x.What, nullable: true);
        Field(x => x.When, nullable: true);
        Field(x => x.Where, nullable: true);
        Field(x => x.DataPlan, nullable: true);
    }
}

public sealed class PdsaDoInputType : InputObjectGraphType<PdsaDo>
{
    public PdsaDoInputType()
    {
        Name = "PdsaDoInput";
        Field(x => x.StartDate, nullable: true);
        Field(x => x.EndDate, nullable: true);
        Field(x => x.WhatHappened, nullable: true);
        Field(x => x.Problems, nullable: true);
        Field(x => x.Observations, nullable: true);
    }
}

public sealed class PdsaStudyInputType : InputObjectGraphType<PdsaStudy>
{
    public PdsaStudyInputType()
    {
        Name = "PdsaStudyInput";
        Field(x => x.Results, nullable: true);
        Field(x => x.Learned, nullable: true);
    }
}

public sealed class PdsaActInputType : InputObjectGraphType<PdsaAct>
{
    public PdsaActInputType()
    {
        Name = "PdsaActInput";
        Field(x => x.Decision, type: typeof(PdsaDecisionType));
        Field(x => x.NextStep, nullable: true);
    }
}

public sealed class StartPdsaCycleInputType : InputObjectGraphType<NewPdsaInput>
{
    public StartPdsaCycleInputType()
    {
        Name = "StartPdsaCycleInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ChangeIdeaId, type: typeof(NonNullGraphType<IdGraphType>)).Description("One of the area's change ideas.");
        Field(x => x.Plan, type: typeof(NonNullGraphType<PdsaPlanInputType>));
        Field(x => x.MeasureIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Measures of the same area.");
        Field(x => x.PreviousCycleId, type: typeof(IdGraphType)).Description("A cycle of the same area this one builds on.");
    }
}

public sealed record UpdatePdsaCycleInput(string Id, int ExpectedVersion, PdsaPlan? Plan, PdsaDo? Do, PdsaStudy? Study, PdsaAct? Act,
    IReadOnlyList<string>? MeasureIds, string? ChangeIdeaId);

public sealed class UpdatePdsaCycleInputType : InputObjectGraphType<UpdatePdsaCycleInput>
{
    public UpdatePdsaCycleInputType()
    {
        Name = "UpdatePdsaCycleInput";
        Description = "Replaces the phases given; phases left out stay as they are.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The version you edited; a save over a newer one is refused.");
        Field(x => x.Plan, type: typeof(PdsaPlanInputType));
        Field(x => x.Do, type: typeof(PdsaDoInputType));
        Field(x => x.Study, type: typeof(PdsaStudyInputType));
        Field(x => x.Act, type: typeof(PdsaActInputType));
        Field(x => x.MeasureIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
        Field(x => x.ChangeIdeaId, type: typeof(IdGraphType));
    }
}

public sealed record ContinuePdsaCycleInput(string CycleId, string? ChangeIdeaId);

public sealed class ContinuePdsaCycleInputType : InputObjectGraphType<ContinuePdsaCycleInput>
{
    public ContinuePdsaCycleInputType()
    {
        Name = "ContinuePdsaCycleInput";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle to build on.");
        Field(x => x.ChangeIdeaId, type: typeof(IdGraphType)).Description("Defaults to the previous cycle's change idea.");
    }
}
