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

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Areas;

public sealed class ImprovementAreaGrain(
    [PersistentState("area", ForbedringSilo.StorageName)] IPersistentState<ImprovementAreaState> state,
    CatalogStore catalog,
    TimeProvider time) : Grain, IImprovementAreaGrain
{
    private ImprovementAreaState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<ImprovementAreaView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("Area", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "Area", s => s.Exists, () => catalog.UpsertAsync(CatalogKind.Area, new CatalogEntry(Id, S.Title, S.Status is AreaStatus.Closed or AreaStatus.Abandoned)));

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

    public async Task<Result<ImprovementAreaView>> Update(AreaDetailsInput input, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = AreaRules.Validate(input).Version("expectedVersion", expectedVersion, S.Version);
        var focus = AreaRules.Trimmed(input.FocusAreaId);
        if (focus is not null && focus != S.FocusAreaId)
        {
            var network = await GrainFactory.GetGrain<INetworkGrain>(S.NetworkId).Get();
            if (network is null || network.FocusAreas.All(f => f.Id != focus))
                check.Add(Errors.NotFound("focusAreaId", "innsatsområde i nettverket", "focus area in the network", focus));
        }
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.Title = input.Title.Trim();
        S.Problem = AreaRules.Trimmed(input.Problem);
        S.Aim = AreaRules.Normalise(input.Aim);
        S.FocusAreaId = focus;
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> ChangeStatus(AreaStatus status, DateOnly? date, string? note, int? expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = new Check().Optional("note", note, AreaRules.StatusNoteMax).Version("expectedVersion", expectedVersion, S.Version)
            .AddRange(Room("status", S.StatusHistory, AreaRules.MaxStatusChanges));
        var stalledFrom = S.Status == AreaStatus.Stalled ? S.StatusHistory.LastOrDefault()?.From : null;
        if (!AreaStatusRules.CanChange(S.Status, status, stalledFrom))
            check.Add(Errors.StatusTransition("status", S.Status.ToString().ToUpperInvariant(), status.ToString().ToUpperInvariant()));
        var day = date ?? Clock.Today(time);
        // Only explicit changes order the dates: the first entry records when the area was entered,
        // and a team may well register afterwards that it chose the area months ago.
        if (S.StatusHistory.LastOrDefault(c => c.From is not null) is { } last && day < last.Date)
            check.Add(Errors.DatesOutOfOrder("date", "statusHistory.date"));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.StatusHistory.Add(new AreaStatusChange(S.Status, status, day, AreaRules.Trimmed(note), Stamp.Of(actor, time.GetUtcNow())));
        S.Status = status;
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> RateProgress(Rater rater, double score, string? comment, DateOnly? date, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = new Check().Optional("comment", comment, AreaRules.RatingCommentMax).AddRange(Room("ratings", S.Ratings, AreaRules.MaxRatings));
        if (!ProgressScale.IsOnScale(score))
            check.Add(Errors.NotOnScale("score"));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.Ratings.Add(new ProgressRating(rater, score, AreaRules.Trimmed(comment), date ?? Clock.Today(time), Stamp.Of(actor, time.GetUtcNow())));
        // Kept in date order so "latest" is the last rating of each rater, also when one is entered afterwards.
        S.Ratings = S.Ratings.OrderBy(r => r.Date).ThenBy(r => r.By.At).ToList();
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> SetDriverDiagram(IReadOnlyList<DriverNodeInput> nodes, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var known = new DriverDiagramRules.Known(S.MeasureIds.ToHashSet(), S.CycleIds.ToHashSet(), S.ChangeIdeas.Select(c => c.Id).ToHashSet());
        var check = DriverDiagramRules.Validate(nodes, known).Version("expectedVersion", expectedVersion, S.Version);
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.DriverDiagram = DriverDiagramRules.Build(nodes, S.DriverDiagram).ToList();
        // A change idea whose driver was removed from the diagram no longer points at it.
        var drivers = DriverDiagramRules.Flatten(S.DriverDiagram).Select(n => n.Id).ToHashSet();
        S.ChangeIdeas = S.ChangeIdeas.Select(c => c.DriverId is { } d && !drivers.Contains(d) ? c with { DriverId = null } : c).ToList();
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> AddChangeIdea(ChangeIdeaInput input, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = ChangeIdeaCheck(input).AddRange(Room("changeIdeas", S.ChangeIdeas, AreaRules.MaxChangeIdeas));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.ChangeIdeas.Add(new ChangeIdea(Ids.New("idea"), input.Title.Trim(), AreaRules.Trimmed(input.Description),
            AreaRules.Trimmed(input.DriverId), Stamp.Of(actor, time.GetUtcNow())));
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> UpdateChangeIdea(string changeIdeaId, ChangeIdeaInput input, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var index = S.ChangeIdeas.FindIndex(c => c.Id == changeIdeaId);
        var check = ChangeIdeaCheck(input).Version("expectedVersion", expectedVersion, S.Version);
        if (index < 0)
            check.Add(Errors.NotFound("changeIdeaId", "endringsidé i området", "change idea in the area", changeIdeaId));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.ChangeIdeas[index] = S.ChangeIdeas[index] with
        {
            Title = input.Title.Trim(),
            Description = AreaRules.Trimmed(input.Description),
            DriverId = AreaRules.Trimmed(input.DriverId),
        };
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> AddMilestone(MilestoneInput input, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = AreaRules.Validate(input).AddRange(Room("milestones", S.Milestones, AreaRules.MaxMilestones));
        if (check.Failed)
            return Result<ImprovementAreaView>.Failure(check.Errors);

        S.Milestones.Add(new Milestone(Ids.New("milestone"), input.Date, input.Title.Trim(), AreaRules.Trimmed(input.Description), Stamp.Of(actor, time.GetUtcNow())));
        S.Milestones = S.Milestones.OrderBy(m => m.Date).ToList();
        return await SaveAsync(actor);
    }

    public async Task<Result<ImprovementAreaView>> LinkCycle(string cycleId)
    {
        if (Missing() is { } missing) return missing;
        if (S.CycleIds.Contains(cycleId))
            return View();
        if (S.CycleIds.Count >= AreaRules.MaxCycles)
            return Errors.TooMany("areaId", AreaRules.MaxCycles);
        S.CycleIds.Add(cycleId);
        await state.SaveOrForgetAsync(this);
        return View();
    }

    /// <summary>No room for one more: the list is at its cap.</summary>
    private static IEnumerable<UserError> Room<T>(string field, List<T> list, int max) =>
        list.Count >= max ? [Errors.TooMany(field, max)] : [];

    /// <summary>A change idea's driver must be a primary or secondary driver of the current diagram.</summary>
    private Check ChangeIdeaCheck(ChangeIdeaInput input)
    {
        var check = AreaRules.Validate(input);
        if (AreaRules.Trimmed(input.DriverId) is { } driver &&
            !DriverDiagramRules.Flatten(S.DriverDiagram).Any(n => n.Id == driver && n.Kind != DriverKind.ChangeIdea))
            check.Add(Errors.NotFound("driverId", "driver i drivertreet", "driver in the driver diagram", driver));
        return check;
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
