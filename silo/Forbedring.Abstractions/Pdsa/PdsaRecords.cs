using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Pdsa;

/// <summary>Where a cycle is, derived from what has been written (Domain/Pdsa/PdsaRules.Status).</summary>
public enum PdsaStatus { Planned, Doing, Studying, Acting, Completed }

public enum PdsaDecision { Adopt, Adapt, Abandon }

/// <summary>Plan: what we test, what we expect, and how we will know.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaPlan")]
public sealed record PdsaPlan(
    [property: Id(0)] string Objective,
    [property: Id(1)] string? Questions,
    [property: Id(2)] string? Predictions,
    [property: Id(3)] string? Who,
    [property: Id(4)] string? What,
    [property: Id(5)] string? When,
    [property: Id(6)] string? Where,
    [property: Id(7)] string? DataPlan);

/// <summary>Do: when the test ran and what happened.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaDo")]
public sealed record PdsaDo(
    [property: Id(0)] DateOnly? StartDate,
    [property: Id(1)] DateOnly? EndDate,
    [property: Id(2)] string? WhatHappened,
    [property: Id(3)] string? Problems,
    [property: Id(4)] string? Observations);

/// <summary>Study: the results against the predictions, and what was learned.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaStudy")]
public sealed record PdsaStudy(
    [property: Id(0)] string? Results,
    [property: Id(1)] string? Learned);

/// <summary>Act: adopt, adapt or abandon the change, and what comes next.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaAct")]
public sealed record PdsaAct(
    [property: Id(0)] PdsaDecision? Decision,
    [property: Id(1)] string? NextStep);

/// <summary>A PDSA cycle testing one change idea in one improvement area.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaCycleView")]
public sealed record PdsaCycleView(
    [property: Id(0)] string Id,
    [property: Id(1)] string AreaId,
    [property: Id(2)] string ChangeIdeaId,
    [property: Id(3)] string? PreviousCycleId,
    [property: Id(4)] PdsaPlan Plan,
    [property: Id(5)] PdsaDo Do,
    [property: Id(6)] PdsaStudy Study,
    [property: Id(7)] PdsaAct Act,
    [property: Id(8)] IReadOnlyList<string> MeasureIds,
    [property: Id(9)] PdsaStatus Status,
    [property: Id(10)] int Version,
    [property: Id(11)] Stamp Created,
    [property: Id(12)] Stamp Updated)
{
    /// <summary>The dates the cycle is drawn at on the area's measure charts.</summary>
    public DateOnly? StartDate => Do.StartDate;
    public DateOnly? EndDate => Do.EndDate;
}

/// <summary>A new cycle in an area, for one of its change ideas.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.NewPdsaInput")]
public sealed record NewPdsaInput(
    [property: Id(0)] string AreaId,
    [property: Id(1)] string ChangeIdeaId,
    [property: Id(2)] PdsaPlan Plan,
    [property: Id(3)] IReadOnlyList<string>? MeasureIds,
    [property: Id(4)] string? PreviousCycleId);

/// <summary>The parts of a cycle to replace; a part left out (null) is kept as it is.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.PdsaChanges")]
public sealed record PdsaChanges(
    [property: Id(0)] PdsaPlan? Plan,
    [property: Id(1)] PdsaDo? Do,
    [property: Id(2)] PdsaStudy? Study,
    [property: Id(3)] PdsaAct? Act,
    [property: Id(4)] IReadOnlyList<string>? MeasureIds,
    [property: Id(5)] string? ChangeIdeaId);
