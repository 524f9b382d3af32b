using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Pdsa;

/// <summary>
/// A PDSA cycle's phases and their order. The status follows what has been written:
/// PLANNED (only the plan), DOING (Do has a start date), STUDYING (Do has an end date or Study has
/// results), ACTING (Study says what was learned), COMPLETED (Act has a decision).
/// The order is enforced where it protects learning: results need predictions written first (else
/// hindsight passes for prediction), Study needs the test to have started, Act's decision needs a Study.
/// </summary>
public static class PdsaRules
{
    public const int MaxMeasures = 30;

    public static PdsaStatus Status(PdsaDo doing, PdsaStudy study, PdsaAct act)
    {
        if (act.Decision is not null) return PdsaStatus.Completed;
        if (Has(study.Learned)) return PdsaStatus.Acting;
        if (doing.EndDate is not null || Has(study.Results)) return PdsaStatus.Studying;
        if (doing.StartDate is not null) return PdsaStatus.Doing;
        return PdsaStatus.Planned;
    }

    public static Check Validate(PdsaPlan plan, PdsaDo doing, PdsaStudy study, PdsaAct act, IReadOnlyList<string>? measureIds)
    {
        var check = new Check()
            .Required("plan.objective", plan.Objective, Check.ShortTextMax)
            .Optional("plan.questions", plan.Questions)
            .Optional("plan.predictions", plan.Predictions)
            .Optional("plan.who", plan.Who)
            .Optional("plan.what", plan.What)
            .Optional("plan.when", plan.When)
            .Optional("plan.where", plan.Where)
            .Optional("plan.dataPlan", plan.DataPlan)
            .Optional("do.whatHappened", doing.WhatHappened, Check.LongTextMax)
            .Optional("do.problems", doing.Problems, Check.LongTextMax)
            .Optional("do.observations", doing.Observations, Check.LongTextMax)
            .Optional("study.results", study.Results, Check.LongTextMax)
            .Optional("study.learned", study.Learned, Check.LongTextMax)
            .Optional("act.nextStep", act.NextStep)
            .Ordered("do.endDate", doing.EndDate, "do.startDate", doing.StartDate)
            .MaxCount("measureIds", measureIds, MaxMeasures);
        if (doing.EndDate is not null && doing.StartDate is null)
            check.Add(Errors.PhaseOutOfOrder("do.endDate", "startdatoen", "the start date"));
        var studied = Has(study.Results) || Has(study.Learned);
        if (Has(study.Results) && !Has(plan.Predictions))
            check.Add(Errors.PredictionsFirst("study.results"));
        if (studied && doing.StartDate is null)
            check.Add(Errors.PhaseOutOfOrder(Has(study.Results) ? "study.results" : "study.learned", "testen har startet (do.startDate)", "the test has started (do.startDate)"));
        if (act.Decision is not null && !studied)
            check.Add(Errors.PhaseOutOfOrder("act.decision", "studien er skrevet", "the study is written"));
        return check;
    }

    public static PdsaPlan Normalise(PdsaPlan p) => new(p.Objective.Trim(), T(p.Questions), T(p.Predictions), T(p.Who), T(p.What), T(p.When), T(p.Where), T(p.DataPlan));
    public static PdsaDo Normalise(PdsaDo d) => new(d.StartDate, d.EndDate, T(d.WhatHappened), T(d.Problems), T(d.Observations));
    public static PdsaStudy Normalise(PdsaStudy s) => new(T(s.Results), T(s.Learned));
    public static PdsaAct Normalise(PdsaAct a) => new(a.Decision, T(a.NextStep));

    public static readonly PdsaDo NoDo = new(null, null, null, null, null);
    public static readonly PdsaStudy NoStudy = new(null, null);
    public static readonly PdsaAct NoAct = new(null, null);

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);
    private static string? T(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
