using Azure;
using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Live;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Reports;
using Forbedring.Domain.Access;
using Forbedring.Domain.Learnings;
using Forbedring.Domain.Validation;
using Forbedring.Domain;
using Forbedring.Grains.Live;

namespace Forbedring.Grains.Learnings;

/// <summary>
/// One learning (key = its id). It keeps no grain state: the learning is a row in its network's partition
/// (<see cref="LearningStore"/>), read once per activation and kept with its ETag, so edits of one learning run one at
/// a time and a row changed behind the grain's back is refused rather than overwritten.
/// </summary>
public sealed class LearningGrain(LearningStore store, TimeProvider time) : Grain, ILearningGrain
{
    private StoredLearning? current;
    private bool loaded;

    private string Id => this.GetPrimaryKeyString();

    public async Task<LearningView?> Get() => (await CurrentAsync())?.View;

    public async Task<Result<LearningView>> Add(LearningInput input, Actor actor)
    {
        if (await CurrentAsync() is not null)
            return Errors.Duplicate("id", $"Lærdommen «{Id}»", $"Learning '{Id}'");
        var check = LearningRules.Validate(input.Text, input.Tags).AddRange(LearningRules.ValidateSource(input.Source).Errors);
        var network = await NetworkAsync(check, "networkId", input.NetworkId);
        var serviceId = string.IsNullOrWhiteSpace(input.ServiceId) ? null : input.ServiceId.Trim();
        if (network is not null && serviceId is not null && !AccessRules.TakesPart(network, serviceId, Clock.Today(time)))
            check.Add(Errors.NotFound("serviceId", "tjeneste i nettverket", "service in the network", serviceId));
        if (check.Failed || network is null)
            return Result<LearningView>.Failure(check.Errors);

        var source = input.Source! with { Id = input.Source!.Id.Trim() };
        var (sourceServiceId, meetingId) = await SourceScopeAsync(check, source, network.Id, serviceId);
        if (check.Failed)
            return Result<LearningView>.Failure(check.Errors);

        var now = Stamp.Of(actor, time.GetUtcNow());
        var learning = new LearningView(Id, network.Id, serviceId ?? sourceServiceId, input.Text.Trim(), LearningRules.NormaliseTags(input.Tags),
            source, meetingId, 1, now, now, null);
        try
        {
            current = await store.AddAsync(learning);
        }
        catch
        {
            loaded = false;
            throw;
        }
        if (meetingId is not null)
            GrainFactory.PublishMeetingEvent(MeetingEventKind.LearningAdded, meetingId, actor, Id, now.At);
        return learning;
    }

    public async Task<Result<LearningView>> AddFromCycle(string cycleId, string? text, IReadOnlyList<string>? tags, Actor actor)
    {
        var cycle = Ids.LooksValid(cycleId) ? await GrainFactory.GetGrain<IPdsaCycleGrain>(cycleId).Get() : null;
        var area = cycle is null ? null : await GrainFactory.GetGrain<IImprovementAreaGrain>(cycle.AreaId).Get();
        if (cycle is null || area is null)
            return Errors.NotFound("cycleId", "PDSA-sirkel", "PDSA cycle", cycleId);
        var learned = string.IsNullOrWhiteSpace(text) ? LearningRules.FromStudy(cycle.Study) : text;
        if (learned is null)
            return Errors.NothingLearnedYet("text");
        return await Add(new LearningInput(area.NetworkId, area.ServiceId, learned, tags, new LearningSource(LearningSourceKind.Cycle, cycle.Id)), actor);
    }

    public async Task<Result<LearningView>> Update(string text, IReadOnlyList<string>? tags, int expectedVersion, Actor actor)
    {
        if (await EditableAsync() is { } refused)
            return refused;
        var stored = current!;
        var check = LearningRules.Validate(text, tags).Version("expectedVersion", expectedVersion, stored.View.Version);
        if (check.Failed)
            return Result<LearningView>.Failure(check.Errors);
        var now = Stamp.Of(actor, time.GetUtcNow());
        var earlier = new LearningRevision(stored.View.Version, stored.View.Text, stored.View.Tags, stored.View.Updated, now);
        return await WriteAsync(stored, stored.View with
        {
            Text = text.Trim(),
            Tags = LearningRules.NormaliseTags(tags),
            Version = stored.View.Version + 1,
            Updated = now,
        }, earlier);
    }

    public async Task<Result<LearningView>> Delete(int expectedVersion, Actor actor)
    {
        if (await EditableAsync() is { } refused)
            return refused;
        var stored = current!;
        var check = new Check().Version("expectedVersion", expectedVersion, stored.View.Version);
        if (check.Failed)
            return Result<LearningView>.Failure(check.Errors);
        var now = Stamp.Of(actor, time.GetUtcNow());
        return await WriteAsync(stored, stored.View with { Version = stored.View.Version + 1, Updated = now, Deleted = now }, null);
    }

    public async Task<IReadOnlyList<LearningRevision>> History() =>
        await CurrentAsync() is { } stored ? await store.HistoryAsync(stored.View.NetworkId, Id) : [];

    /// <summary>Null when the learning may change; otherwise why not.</summary>
    private async Task<Result<LearningView>?> EditableAsync()
    {
        if (await CurrentAsync() is not { } stored)
            return Errors.NotFound("id", "lærdom", "learning", Id);
        if (stored.View.Deleted is not null)
            return Errors.Deleted("id");
        var check = new Check();
        await NetworkAsync(check, "id", stored.View.NetworkId);
        return check.Failed ? Result<LearningView>.Failure(check.Errors) : null;
    }

    private async Task<Result<LearningView>> WriteAsync(StoredLearning stored, LearningView next, LearningRevision? earlier)
    {
        try
        {
            current = await store.ReplaceAsync(stored, next, earlier);
            return next;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Written meanwhile by someone this activation did not see: read afresh next time, and say so.
            loaded = false;
            current = null;
            return Errors.ChangedBySomeoneElse("expectedVersion", stored.View.Version, stored.View.Version + 1);
        }
    }

    /// <summary>The network, when it exists and may change; otherwise the reason goes into <paramref name="check"/>.</summary>
    private async Task<NetworkView?> NetworkAsync(Check check, string field, string? networkId)
    {
        if (string.IsNullOrWhiteSpace(networkId))
        {
            check.Add(Errors.Required(field));
            return null;
        }
        var network = Ids.LooksValid(networkId) ? await GrainFactory.GetGrain<INetworkGrain>(networkId).Get() : null;
        if (network is null)
            check.Add(Errors.NotFound(field, "nettverk", "network", networkId));
        else if (network.Archived)
            check.Add(Errors.Archived(field));
        return network is { Archived: false } ? network : null;
    }

    /// <summary>
    /// The source must be in the learning's network (and of its service, when one is named): a cycle of another
    /// service or network reads like one that does not exist. Gives the service and the meeting the source implies.
    /// </summary>
    private async Task<(string? ServiceId, string? MeetingId)> SourceScopeAsync(Check check, LearningSource source, string networkId, string? serviceId)
    {
        bool Fits(string network, string? service) => network == networkId && (serviceId is null || service is null || service == serviceId);
        switch (source.Kind)
        {
            case LearningSourceKind.Cycle:
                if (Ids.LooksValid(source.Id) && await GrainFactory.GetGrain<IPdsaCycleGrain>(source.Id).Get() is { } cycle
                    && await GrainFactory.GetGrain<IImprovementAreaGrain>(cycle.AreaId).Get() is { } area && Fits(area.NetworkId, area.ServiceId))
                    return (area.ServiceId, null);
                check.Add(Errors.NotFound("source.id", "PDSA-sirkel i nettverket for tjenesten", "PDSA cycle of the service in the network", source.Id));
                return (null, null);
            case LearningSourceKind.StatusReport:
                var (meetingId, reportServiceId) = StatusReportKey.Parse(source.Id);
                if (Ids.LooksValid(meetingId) && Ids.LooksValid(reportServiceId)
                    && await GrainFactory.GetGrain<IStatusReportGrain>(source.Id).Get() is { } report && Fits(report.NetworkId, report.ServiceId))
                    return (report.ServiceId, report.MeetingId);
                check.Add(Errors.NotFound("source.id", "statusrapport i nettverket for tjenesten", "status report of the service in the network", source.Id));
                return (null, null);
            default:
                if (Ids.LooksValid(source.Id) && await GrainFactory.GetGrain<IMeetingGrain>(source.Id).Get() is { } meeting && Fits(meeting.NetworkId, null))
                    return (null, meeting.Id);
                check.Add(Errors.NotFound("source.id", "samling i nettverket", "meeting in the network", source.Id));
                return (null, null);
        }
    }

    private async Task<StoredLearning?> CurrentAsync()
    {
        if (!loaded)
        {
            current = await store.FindAsync(Id);
            loaded = true;
        }
        return current;
    }
}
