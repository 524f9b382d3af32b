using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;

namespace Forbedring.Grains.Demo;

/// <summary>
/// The demo's calls through the grain interfaces, each checked: a refusal throws
/// <see cref="InvalidOperationException"/> naming the step, so the demo never half-loads silently.
/// </summary>
internal sealed class DemoSteps(IGrainFactory grains)
{
    public static T Ok<T>(Result<T> result, string step)
    {
        if (result.Succeeded && result.Value is not null)
            return result.Value;
        var errors = string.Join("; ", result.Errors.Select(e => $"{e.Code} at {e.Field}: {e.MessageEn}"));
        throw new InvalidOperationException($"Loading the demo network failed at step «{step}»: {(errors.Length > 0 ? errors : "no value returned")}");
    }

    public async Task<Actor> PersonAsync(string name, string title, Actor by)
    {
        var person = Ok(await grains.GetGrain<IPersonGrain>(Ids.New("person")).Create(new PersonInput(name, title), by), $"create person {title}");
        return new Actor(person.Id, person.Name);
    }

    public async Task<string> ServiceAsync(string name, string kind, string organisation, Actor by) =>
        Ok(await grains.GetGrain<IServiceGrain>(Ids.New("service")).Create(new ServiceInput(name, kind, organisation), by), $"create service {name}").Id;

    public async Task ServiceMemberAsync(string serviceId, Actor person, ServiceRole role, DateOnly since, Actor by) =>
        Ok(await grains.GetGrain<IServiceGrain>(serviceId).AddMember(person.PersonId, role, since, by), $"add a {role} member to service {serviceId}");

    public async Task EndServiceMembershipAsync(string serviceId, Actor person, DateOnly until, Actor by) =>
        Ok(await grains.GetGrain<IServiceGrain>(serviceId).EndMembership(person.PersonId, until, by), $"end a membership in service {serviceId}");

    public async Task<NetworkView> NetworkAsync(NetworkInput input, Actor by) =>
        Ok(await grains.GetGrain<INetworkGrain>(Ids.New("network")).Create(input, by), "create the network");

    public async Task NetworkServiceAsync(string networkId, string serviceId, DateOnly joined, Actor by) =>
        Ok(await grains.GetGrain<INetworkGrain>(networkId).AddService(serviceId, joined, by), $"add service {serviceId} to the network");

    public async Task NetworkMemberAsync(string networkId, Actor person, NetworkRole role, DateOnly joined, Actor by) =>
        Ok(await grains.GetGrain<INetworkGrain>(networkId).AddMember(person.PersonId, role, joined, by), $"add a {role} member to the network");

    public async Task LeaveNetworkAsync(string networkId, Actor person, DateOnly left, Actor by) =>
        Ok(await grains.GetGrain<INetworkGrain>(networkId).RemoveMember(person.PersonId, left, by), "end a network membership");

    public async Task<DemoArea> AreaAsync(NewAreaInput input, Actor by)
    {
        var view = Ok(await grains.GetGrain<IImprovementAreaGrain>(Ids.New("area")).Create(input, null, by), $"create area «{input.Title}»");
        return new DemoArea(grains, view);
    }

    public async Task<string> MeasureAsync(DemoArea area, MeasureDefinition definition, Actor by)
    {
        var measure = Ok(await grains.GetGrain<IMeasureGrain>(Ids.New("measure")).Create(area.Id, definition, null, by), $"create measure «{definition.Name}»");
        await area.RefreshAsync();
        return measure.Id;
    }

    /// <summary>Logs the series in bulk: one call per run of consecutive points logged by the same person.</summary>
    public async Task LogAsync(string measureId, IReadOnlyList<(Actor By, PointInput Point)> points, string what)
    {
        var measure = grains.GetGrain<IMeasureGrain>(measureId);
        for (var i = 0; i < points.Count;)
        {
            var by = points[i].By;
            var batch = points.Skip(i).TakeWhile(p => p.By == by).Select(p => p.Point).ToList();
            Ok(await measure.LogMany(batch, by), $"log {batch.Count} points of «{what}»");
            i += batch.Count;
        }
    }

    public async Task AnnotateAsync(string measureId, DateOnly day, Frequency frequency, string text, Actor by) =>
        Ok(await grains.GetGrain<IMeasureGrain>(measureId).Annotate(Periods(day, frequency), text, by), "annotate a point");

    public async Task FreezeBaselineAsync(string measureId, DateOnly lastDay, Frequency frequency, Actor by)
    {
        var measure = grains.GetGrain<IMeasureGrain>(measureId);
        var view = await measure.Get() ?? throw new InvalidOperationException($"Loading the demo network failed at step «freeze a baseline»: measure {measureId} is missing");
        var input = new ChartSettingsInput(view.Definition.Chart, view.Definition.RuleSet, Periods(lastDay, frequency), []);
        Ok(await measure.UpdateChartSettings(input, view.Version, by), "freeze a measure's baseline");
    }

    /// <summary>Starts a cycle (or continues a ramp from <paramref name="previous"/>) and writes its phases.</summary>
    public async Task<PdsaCycleView> CycleAsync(DemoArea area, string changeIdeaId, PdsaPlan plan, IReadOnlyList<string> measureIds,
        PdsaCycleView? previous, PdsaDo? doing, PdsaStudy? study, PdsaAct? act, Actor by)
    {
        var grain = grains.GetGrain<IPdsaCycleGrain>(Ids.New("pdsa"));
        var cycle = previous is null
            ? Ok(await grain.Start(new NewPdsaInput(area.Id, changeIdeaId, plan, measureIds, null), by), $"start a PDSA cycle in «{area.Title}»")
            : Ok(await grain.ContinueFrom(previous.Id, changeIdeaId, by), $"continue a PDSA ramp in «{area.Title}»");
        if (previous is not null)
            cycle = Ok(await grain.Update(new PdsaChanges(plan, null, null, null, measureIds, null), cycle.Version, by), $"plan the next PDSA cycle in «{area.Title}»");
        if (doing is not null || study is not null || act is not null)
            cycle = Ok(await grain.Update(new PdsaChanges(null, doing, study, act, null, null), cycle.Version, by), $"write a PDSA cycle in «{area.Title}»");
        await area.RefreshAsync();
        return cycle;
    }

    private static string Periods(DateOnly day, Frequency frequency) => Domain.Measures.Periods.KeyOf(day, frequency);
}

/// <summary>One area being built: keeps its latest view so edits send the version they are based on.</summary>
internal sealed class DemoArea(IGrainFactory grains, ImprovementAreaView view)
{
    public ImprovementAreaView View { get; private set; } = view;
    public string Id => View.Id;
    public string Title => View.Title;
    private IImprovementAreaGrain Grain => grains.GetGrain<IImprovementAreaGrain>(Id);

    public async Task RefreshAsync() => View = (await Grain.Get())!;

    /// <summary>Walks the status line to <paramref name="steps"/>, each dated.</summary>
    public async Task StatusAsync(Actor by, params (AreaStatus Status, DateOnly Date, string? Note)[] steps)
    {
        foreach (var (status, date, note) in steps)
            View = DemoSteps.Ok(await Grain.ChangeStatus(status, date, note, View.Version, by), $"move «{Title}» to {status}");
    }

    public async Task RateAsync(Rater rater, double score, DateOnly date, string? comment, Actor by) =>
        View = DemoSteps.Ok(await Grain.RateProgress(rater, score, comment, date, by), $"rate «{Title}»");

    public async Task<string> IdeaAsync(string title, string? description, Actor by)
    {
        View = DemoSteps.Ok(await Grain.AddChangeIdea(new ChangeIdeaInput(title, description, null), by), $"add change idea «{title}»");
        return View.ChangeIdeas[^1].Id;
    }

    public async Task MilestoneAsync(DateOnly date, string title, string? description, Actor by) =>
        View = DemoSteps.Ok(await Grain.AddMilestone(new MilestoneInput(date, title, description), by), $"add milestone «{title}»");

    public async Task DriverDiagramAsync(IReadOnlyList<DriverNodeInput> nodes, Actor by) =>
        View = DemoSteps.Ok(await Grain.SetDriverDiagram(nodes, View.Version, by), $"set the driver diagram of «{Title}»");

    /// <summary>Points a change idea at the driver it sits under in the diagram.</summary>
    public async Task LinkIdeaToDriverAsync(string changeIdeaId, string driverId, Actor by)
    {
        var idea = View.ChangeIdeas.Single(c => c.Id == changeIdeaId);
        View = DemoSteps.Ok(await Grain.UpdateChangeIdea(changeIdeaId, new ChangeIdeaInput(idea.Title, idea.Description, driverId), View.Version, by),
            $"link change idea «{idea.Title}» to its driver");
    }
}
