using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Areas;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Catalog;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Areas;

public sealed class ImprovementAreaGrain(
    [PersistentState("area", ForbedringSilo.StorageName)] IPersistentState<ImprovementAreaState> state,
    CatalogStore catalog,
    TimeProvider time) : Grain, IImprovementAreaGrain
{
    private ImprovementAreaState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<ImprovementAreaView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<Result<ImprovementAreaView>> Create(NewAreaInput input, string? templateId, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Forbedringsområdet «{Id}»", $"Improvement area '{Id}'");
        var check = AreaRules.Validate(input);
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        // Everything the network would refuse is checked here first, so a refusal writes nothing anywhere.
        var network = await GrainFactory.GetGrain<INetworkGrain>(input.NetworkId).Get();
        if (network is null)
            return Errors.NotFound("networkId", "nettverk", "network", input.NetworkId);
        if (network.Archived)
            check.Add(Errors.Archived("networkId"));
        if (await GrainFactory.GetGrain<IServiceGrain>(input.ServiceId).Get() is null)
            check.Add(Errors.NotFound("serviceId", "tjeneste", "service", input.ServiceId));
        else if (!network.Services.Any(s => s.ServiceId == input.ServiceId && s.Left is null))
            check.Add(Errors.Invalid("serviceId", "Tjenesten er ikke med i nettverket.", "The service is not in the network."));
        if (input.FocusAreaId is { Length: > 0 } focus && network.FocusAreas.All(f => f.Id != focus))
            check.Add(Errors.NotFound("focusAreaId", "innsatsområde i nettverket", "focus area in the network", focus));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        var registered = await GrainFactory.GetGrain<INetworkGrain>(input.NetworkId).RegisterArea(Id, input.ServiceId);
        if (!registered.Succeeded)
            return Result<ImprovementAreaView>.Failure(registered.Errors);

        var now = Stamp.Of(actor, time.GetUtcNow());
        S.Exists = true;
        S.NetworkId = input.NetworkId;
        S.ServiceId = input.ServiceId;
        S.FocusAreaId = AreaRules.Trimmed(input.FocusAreaId);
        S.Title = input.Title.Trim();
        S.Problem = AreaRules.Trimmed(input.Problem);
        S.Aim = AreaRules.Normalise(input.Aim);
        S.Status = AreaStatus.Idea;
        S.StatusHistory.Add(new AreaStatusChange(null, AreaStatus.Idea, Clock.Today(time), null, now));
        S.TemplateId = templateId;
        S.Created = now;
        var result = await SaveAsync(actor);
        await GrainFactory.GetGrain<IServiceGrain>(input.ServiceId).LinkArea(Id);
        return result;
    }

    public async Task<Result<ImprovementAreaView>> LinkMeasure(string measureId)
    {
        if (Missing() is { } missing) return missing;
        if (S.MeasureIds.Contains(measureId))
            return View();
        if (S.MeasureIds.Count >= AreaRules.MaxMeasures)
            return Errors.TooMany("measureIds", AreaRules.MaxMeasures);
        S.MeasureIds.Add(measureId);
        // An index link, not an edit of the area: the version stays, so an open aim editor is not made stale.
        await state.SaveOrForgetAsync(this);
        return View();
    }

    private async Task<Result<ImprovementAreaView>> SaveAsync(Actor actor)
    {
        S.Version++;
        S.Updated = Stamp.Of(actor, time.GetUtcNow());
        await state.SaveOrForgetAsync(this);
        await catalog.UpsertAsync(CatalogKind.Area, new CatalogEntry(Id, S.Title, S.Status is AreaStatus.Closed or AreaStatus.Abandoned));
        return View();
    }

    private Result<ImprovementAreaView>? Missing() =>
        S.Exists ? null : Result<ImprovementAreaView>.Failure(Errors.NotFound("id", "forbedringsområde", "improvement area", Id));

    private ImprovementAreaView View() => new(
        Id, S.NetworkId, S.ServiceId, S.Title, S.MeasureIds.ToList(), S.Version, S.FocusAreaId, S.Problem, S.Aim, S.Status,
        S.StatusHistory.ToList(), S.ChangeIdeas.ToList(), S.DriverDiagram.ToList(), S.Ratings.ToList(), S.Milestones.ToList(),
        S.CycleIds.ToList(), S.TemplateId, S.Created!, S.Updated ?? S.Created!);
}
