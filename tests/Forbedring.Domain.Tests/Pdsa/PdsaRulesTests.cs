using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Pdsa;

namespace Forbedring.Domain.Tests.Pdsa;

public sealed class PdsaRulesTests
{
    private static readonly PdsaPlan Plan = new("Test sjekkliste ved flytting", null, "8 av 10 flyttinger følger listen", null, null, null, null, null);
    private static readonly DateOnly Start = new(2020, 3, 2);

    private static PdsaDo Do(DateOnly? start = null, DateOnly? end = null) => new(start, end, null, null, null);

    [Fact]
    public void The_status_follows_the_phases_written()
    {
        Assert.Equal(PdsaStatus.Planned, PdsaRules.Status(PdsaRules.NoDo, PdsaRules.NoStudy, PdsaRules.NoAct));
        Assert.Equal(PdsaStatus.Doing, PdsaRules.Status(Do(Start), PdsaRules.NoStudy, PdsaRules.NoAct));
        Assert.Equal(PdsaStatus.Studying, PdsaRules.Status(Do(Start, Start.AddDays(7)), PdsaRules.NoStudy, PdsaRules.NoAct));
        Assert.Equal(PdsaStatus.Studying, PdsaRules.Status(Do(Start), new PdsaStudy("7 av 10", null), PdsaRules.NoAct));
        Assert.Equal(PdsaStatus.Acting, PdsaRules.Status(Do(Start), new PdsaStudy("7 av 10", "Listen er for lang"), PdsaRules.NoAct));
        Assert.Equal(PdsaStatus.Completed, PdsaRules.Status(Do(Start), new PdsaStudy("7 av 10", "Listen er for lang"), new PdsaAct(PdsaDecision.Adapt, "Kortere liste")));
    }

    [Fact]
    public void A_whole_cycle_in_order_is_valid()
    {
        var check = PdsaRules.Validate(Plan, Do(Start, Start.AddDays(7)), new PdsaStudy("7 av 10", "Lærte"), new PdsaAct(PdsaDecision.Adopt, null), ["measure_1"]);
        Assert.False(check.Failed);
    }

    [Fact]
    public void Results_before_predictions_are_refused()
    {
        var check = PdsaRules.Validate(Plan with { Predictions = " " }, Do(Start), new PdsaStudy("7 av 10", null), PdsaRules.NoAct, null);
        Assert.Equal("PREDICTIONS_FIRST", Assert.Single(check.Errors).Code);
    }

    [Fact]
    public void Study_before_the_test_started_and_a_decision_without_a_study_are_refused()
    {
        var early = PdsaRules.Validate(Plan, PdsaRules.NoDo, new PdsaStudy(null, "Lærte"), PdsaRules.NoAct, null);
        Assert.Equal(("PHASE_OUT_OF_ORDER", "study.learned"), (Assert.Single(early.Errors).Code, early.Errors[0].Field));

        var hasty = PdsaRules.Validate(Plan, Do(Start), PdsaRules.NoStudy, new PdsaAct(PdsaDecision.Adopt, null), null);
        Assert.Equal(("PHASE_OUT_OF_ORDER", "act.decision"), (Assert.Single(hasty.Errors).Code, hasty.Errors[0].Field));
    }

    [Fact]
    public void Do_dates_out_of_order_or_an_end_without_a_start_are_refused()
    {
        Assert.Equal("DATES_OUT_OF_ORDER", Assert.Single(PdsaRules.Validate(Plan, Do(Start, Start.AddDays(-1)), PdsaRules.NoStudy, PdsaRules.NoAct, null).Errors).Code);
        Assert.Equal("PHASE_OUT_OF_ORDER", Assert.Single(PdsaRules.Validate(Plan, Do(null, Start), PdsaRules.NoStudy, PdsaRules.NoAct, null).Errors).Code);
    }

    [Fact]
    public void An_empty_objective_and_overlong_text_are_refused()
    {
        var check = PdsaRules.Validate(Plan with { Objective = "", DataPlan = new string('d', 2_001) }, PdsaRules.NoDo, PdsaRules.NoStudy, PdsaRules.NoAct, null);
        Assert.Equal(["plan.dataPlan", "plan.objective"], check.Errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
    }
}
