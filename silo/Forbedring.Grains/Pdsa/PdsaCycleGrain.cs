using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Domain.Areas;
using Forbedring.Domain.Pdsa;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Pdsa;

public sealed class PdsaCycleGrain(
    [PersistentState("pdsa", ForbedringSilo.StorageName)] IPersistentState<PdsaCycleState> state,
    TimeProvider time) : Grain, IPdsaCycleGrain
{
    private PdsaCycleState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<PdsaCycleView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("PdsaCycle", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "PdsaCycle", s => s.Exists);

    public async Task<Result<PdsaCycleView>> Start(NewPdsaInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"PDSA-sirkelen «{Id}»", $"PDSA cycle '{Id}'");
        var check = PdsaRules.Validate(input.Plan, PdsaRules.NoDo, PdsaRules.NoStudy, PdsaRules.NoAct, input.MeasureIds);
        if (string.IsNullOrWhiteSpace(input.AreaId))
            return Result<PdsaCycleView>.Failure(check.Add(Errors.Required("areaId")).Errors);
        var area = await GrainFactory.GetGrain<IImprovementAreaGrain>(input.AreaId).Get();
        if (area is null)
            return Result<PdsaCycleView>.Failure(check.Add(Errors.NotFound("areaId", "forbedringsområde", "improvement area", input.AreaId)).Errors);
        if (area.CycleIds.Count >= AreaRules.MaxCycles)
            check.Add(Errors.TooMany("areaId", AreaRules.MaxCycles));
        CheckLinks(check, area, input.ChangeIdeaId, input.MeasureIds);
        if (input.PreviousCycleId is { Length: > 0 } previousId)
        {
            var previous = await GrainFactory.GetGrain<IPdsaCycleGrain>(previousId).Get();
            if (previous is null)
                check.Add(Errors.NotFound("previousCycleId", "PDSA-sirkel", "PDSA cycle", previousId));
            else if (previous.AreaId != input.AreaId)
                check.Add(Errors.Invalid("previousCycleId", "Den forrige sirkelen hører til et annet forbedringsområde.", "The previous cycle belongs to another improvement area."));
        }
        if (check.Failed)
            return Result<PdsaCycleView>.Failure(check.Errors);

        var linked = await GrainFactory.GetGrain<IImprovementAreaGrain>(input.AreaId).LinkCycle(Id);
        if (!linked.Succeeded)
            return Result<PdsaCycleView>.Failure(linked.Errors);

        S.Exists = true;
        S.AreaId = input.AreaId;
        S.ChangeIdeaId = input.ChangeIdeaId;
        S.PreviousCycleId = AreaRules.Trimmed(input.PreviousCycleId);
        S.Plan = PdsaRules.Normalise(input.Plan);
        S.MeasureIds = (input.MeasureIds ?? []).Distinct().ToList();
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        return await SaveAsync(actor);
    }

    public async Task<Result<PdsaCycleView>> ContinueFrom(string previousCycleId, string? changeIdeaId, Actor actor)
    {
        var previous = await GrainFactory.GetGrain<IPdsaCycleGrain>(previousCycleId).Get();
        if (previous is null)
            return Errors.NotFound("cycleId", "PDSA-sirkel", "PDSA cycle", previousCycleId);
        var plan = new PdsaPlan(previous.Plan.Objective, null, null, null, null, null, null, null);
        return await Start(new NewPdsaInput(previous.AreaId, AreaRules.Trimmed(changeIdeaId) ?? previous.ChangeIdeaId, plan, previous.MeasureIds, previous.Id), actor);
    }

    public async Task<Result<PdsaCycleView>> Update(PdsaChanges changes, int expectedVersion, Actor actor)
    {
        if (!S.Exists)
            return Errors.NotFound("id", "PDSA-sirkel", "PDSA cycle", Id);
        var plan = changes.Plan ?? S.Plan;
        var doing = changes.Do ?? S.Do;
        var study = changes.Study ?? S.Study;
        var act = changes.Act ?? S.Act;
        var measureIds = changes.MeasureIds ?? S.MeasureIds;
        var changeIdeaId = AreaRules.Trimmed(changes.ChangeIdeaId) ?? S.ChangeIdeaId;
        var check = PdsaRules.Validate(plan, doing, study, act, measureIds).Version("expectedVersion", expectedVersion, S.Version);
        if (changes.MeasureIds is not null || changeIdeaId != S.ChangeIdeaId)
        {
            var area = await GrainFactory.GetGrain<IImprovementAreaGrain>(S.AreaId).Get();
            if (area is not null)
                CheckLinks(check, area, changeIdeaId, changes.MeasureIds);
        }
        if (check.Failed)
            return Result<PdsaCycleView>.Failure(check.Errors);

        S.Plan = PdsaRules.Normalise(plan);
        S.Do = PdsaRules.Normalise(doing);
        S.Study = PdsaRules.Normalise(study);
        S.Act = PdsaRules.Normalise(act);
        S.MeasureIds = measureIds.Distinct().ToList();
        S.ChangeIdeaId = changeIdeaId;
        return await SaveAsync(actor);
    }

    /// <summary>The change idea and the watched measures must be the area's own.</summary>
    private static void CheckLinks(Check check, ImprovementAreaView area, string? changeIdeaId, IReadOnlyList<string>? measureIds)
    {
        if (string.IsNullOrWhiteSpace(changeIdeaId))
            check.Add(Errors.Required("changeIdeaId"));
        else if (area.ChangeIdeas.All(c => c.Id != changeIdeaId))
            check.Add(Errors.NotFound("changeIdeaId", "endringsidé i området", "change idea in the area", changeIdeaId));
        var ids = measureIds ?? [];
        for (var i = 0; i < ids.Count; i++)
        {
            if (!area.MeasureIds.Contains(ids[i]))
                check.Add(Errors.NotFound($"measureIds[{i}]", "måling i området", "measure in the area", ids[i]));
        }
    }

    private async Task<Result<PdsaCycleView>> SaveAsync(Actor actor)
    {
        S.Version++;
        S.Updated = Stamp.Of(actor, time.GetUtcNow());
        await state.SaveOrForgetAsync(this);
        return View();
    }

    private PdsaCycleView View() => new(
        Id, S.AreaId, S.ChangeIdeaId, S.PreviousCycleId, S.Plan, S.Do, S.Study, S.Act, S.MeasureIds.ToList(),
        PdsaRules.Status(S.Do, S.Study, S.Act), S.Version, S.Created!, S.Updated ?? S.Created!);
}
