using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Templates;
using Forbedring.Domain;
using Forbedring.Domain.Areas;
using Forbedring.Domain.Templates;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Catalog;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Templates;

public sealed class AreaTemplateGrain(
    [PersistentState("template", ForbedringSilo.StorageName)] IPersistentState<AreaTemplateState> state,
    CatalogStore catalog,
    TimeProvider time) : Grain, IAreaTemplateGrain
{
    private AreaTemplateState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<AreaTemplateView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("Template", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "Template", s => s.Exists, () => catalog.UpsertAsync(CatalogKind.Template, new CatalogEntry(Id, S.Title, false)));

    public async Task<Result<AreaTemplateView>> Create(AreaTemplateInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Tiltakspakken «{Id}»", $"Area template '{Id}'");
        var check = TemplateRules.Validate(input);
        var networkId = AreaRules.Trimmed(input.NetworkId);
        if (networkId is not null && await GrainFactory.GetGrain<INetworkGrain>(networkId).Get() is null)
            check.Add(Errors.NotFound("networkId", "nettverk", "network", networkId));
        if (check.Failed)
            return Result<AreaTemplateView>.Failure(check.Errors);

        S.Exists = true;
        S.NetworkId = networkId;
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        Apply(input);
        return await SaveAsync();
    }

    public async Task<Result<AreaTemplateView>> Update(AreaTemplateInput input, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = TemplateRules.Validate(input).Version("expectedVersion", expectedVersion, S.Version);
        if (AreaRules.Trimmed(input.NetworkId) != S.NetworkId)
            check.Add(Errors.Invalid("networkId", "En tiltakspakke kan ikke flyttes til et annet nettverk.", "An area template cannot move to another network."));
        if (check.Failed)
            return Result<AreaTemplateView>.Failure(check.Errors);
        Apply(input);
        return await SaveAsync();
    }

    public async Task<Result<ImprovementAreaView>> CreateArea(NewAreaInput input, Actor actor)
    {
        if (!S.Exists)
            return Errors.NotFound("templateId", "tiltakspakke", "area template", Id);
        if (S.NetworkId is { } own && own != input.NetworkId)
            return Errors.Invalid("templateId", "Tiltakspakken hører til et annet nettverk.", "The area template belongs to another network.");
        if (S.AreaIds.Count >= TemplateRules.MaxAreas)
            return Errors.TooMany("templateId", TemplateRules.MaxAreas);

        var areaId = Ids.New("area");
        var area = GrainFactory.GetGrain<IImprovementAreaGrain>(areaId);
        var copy = input with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? S.Title : input.Title,
            Problem = input.Problem ?? S.Problem,
            Aim = input.Aim ?? S.Aim,
        };
        var created = await area.Create(copy, Id, actor);
        if (!created.Succeeded)
            return created;

        S.AreaIds.Add(areaId);
        await state.SaveOrForgetAsync(this);
        // The measures were validated with the template, so creating them here is not expected to be refused.
        for (var i = 0; i < S.Measures.Count; i++)
            await GrainFactory.GetGrain<IMeasureGrain>(Ids.New("measure")).Create(areaId, S.Measures[i], $"{Id}:{i}", actor);
        return Result<ImprovementAreaView>.Success((await area.Get())!);
    }

    private void Apply(AreaTemplateInput input)
    {
        S.Title = input.Title.Trim();
        S.Problem = AreaRules.Trimmed(input.Problem);
        S.Aim = AreaRules.Normalise(input.Aim);
        S.Measures = (input.Measures ?? []).ToList();
    }

    private async Task<Result<AreaTemplateView>> SaveAsync()
    {
        S.Version++;
        await state.SaveOrForgetAsync(this);
        await catalog.UpsertAsync(CatalogKind.Template, new CatalogEntry(Id, S.Title, false));
        return View();
    }

    private Result<AreaTemplateView>? Missing() =>
        S.Exists ? null : Result<AreaTemplateView>.Failure(Errors.NotFound("id", "tiltakspakke", "area template", Id));

    private AreaTemplateView View() =>
        new(Id, S.NetworkId, S.Title, S.Problem, S.Aim, S.Measures.ToList(), S.AreaIds.ToList(), S.Version, S.Created!);
}
