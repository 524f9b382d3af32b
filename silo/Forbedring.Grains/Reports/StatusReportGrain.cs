using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Reports;
using Forbedring.Domain.Reports;
using Forbedring.Domain.Validation;
using Forbedring.Domain;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Live;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Reports;

public sealed class StatusReportGrain(
    [PersistentState("statusReport", ForbedringSilo.StorageName)] IPersistentState<StatusReportState> state,
    TimeProvider time) : Grain, IStatusReportGrain
{
    private StatusReportState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<StatusReportView?> Get()
    {
        if (!S.Exists)
            return null;
        // The meeting may have been moved since the report was saved: «on time» is judged against its start now.
        var (meetingId, _) = StatusReportKey.Parse(Id);
        var meeting = await GrainFactory.GetGrain<IMeetingGrain>(meetingId).Get();
        return View(meeting?.StartsAt ?? S.MeetingStarts);
    }

    public Task<Result<StatusReportView>> Save(StatusReportContent content, int? expectedVersion, bool submit, Actor actor) =>
        SaveAsync(content, expectedVersion, submit ? time.GetUtcNow() : null, actor);

    public Task<Result<StatusReportView>> SubmitAsOf(StatusReportContent content, DateTimeOffset submittedAt, Actor actor) =>
        submittedAt > time.GetUtcNow()
            ? Task.FromResult(Result<StatusReportView>.Failure(Errors.Invalid("submittedAt", "En rapport kan ikke sendes inn i fremtiden.", "A report cannot be submitted in the future.")))
            : SaveAsync(content, null, submittedAt, actor);

    private async Task<Result<StatusReportView>> SaveAsync(StatusReportContent content, int? expectedVersion, DateTimeOffset? submittedAt, Actor actor)
    {
        var (meetingId, serviceId) = StatusReportKey.Parse(Id);
        var check = StatusReportRules.Validate(content, submittedAt is not null);
        if (S.Exists && expectedVersion is null)
            check.Add(Errors.Duplicate("expectedVersion", "Tjenestens rapport for samlingen", "The service's report for the meeting"));
        else
            check.Version("expectedVersion", expectedVersion is 0 && !S.Exists ? null : expectedVersion, S.Version);

        var meeting = Ids.LooksValid(meetingId) ? await GrainFactory.GetGrain<IMeetingGrain>(meetingId).Get() : null;
        if (meeting is null)
            check.Add(Errors.NotFound("meetingId", "samling", "meeting", meetingId));
        else if (!StatusReportRules.MayChange(meeting.State))
            check.Add(Errors.MeetingClosed("meetingId"));
        else if (!Ids.LooksValid(serviceId) || !meeting.InvitedServiceIds.Contains(serviceId))
            check.Add(Errors.NotInvited("serviceId", serviceId));
        if (check.Failed || meeting is null)
            return Result<StatusReportView>.Failure(check.Errors);

        await CheckLinksAsync(check, content, meeting.NetworkId, serviceId);
        if (check.Failed)
            return Result<StatusReportView>.Failure(check.Errors);

        var now = time.GetUtcNow();
        S.Exists = true;
        S.NetworkId = meeting.NetworkId;
        S.Content = StatusReportRules.Normalise(content);
        S.MeetingStarts = meeting.StartsAt;
        if (submittedAt is { } at && S.Submitted is null)
            S.Submitted = Stamp.Of(actor, at);
        S.Created ??= Stamp.Of(actor, now);
        S.Updated = Stamp.Of(actor, now);
        S.Version++;
        await state.SaveOrForgetAsync(this);
        GrainFactory.PublishMeetingEvent(MeetingEventKind.StatusReportSaved, meeting.Id, actor, serviceId, now);
        return View(meeting.StartsAt);
    }

    /// <summary>
    /// Only the service's own cycles and measures in the meeting's network may be named. One that is not reads like
    /// one that does not exist, so a report cannot be used to learn about other networks.
    /// </summary>
    private async Task CheckLinksAsync(Check check, StatusReportContent content, string networkId, string serviceId)
    {
        var cycles = await Task.WhenAll((content.CycleIds ?? []).Select(async id => Ids.LooksValid(id?.Trim())
            && await GrainFactory.GetGrain<IPdsaCycleGrain>(id!.Trim()).Get() is { } cycle && await OwnAreaAsync(cycle.AreaId)));
        var measures = await Task.WhenAll((content.MeasureIds ?? []).Select(async id => Ids.LooksValid(id?.Trim())
            && await GrainFactory.GetGrain<IMeasureGrain>(id!.Trim()).Get() is { } measure && await OwnAreaAsync(measure.AreaId)));
        for (var i = 0; i < cycles.Length; i++)
            if (!cycles[i])
                check.Add(Errors.NotFound($"cycleIds[{i}]", "PDSA-sirkel for tjenesten i nettverket", "PDSA cycle of the service in the network", content.CycleIds![i]));
        for (var i = 0; i < measures.Length; i++)
            if (!measures[i])
                check.Add(Errors.NotFound($"measureIds[{i}]", "måling for tjenesten i nettverket", "measure of the service in the network", content.MeasureIds![i]));

        async Task<bool> OwnAreaAsync(string areaId) =>
            await GrainFactory.GetGrain<IImprovementAreaGrain>(areaId).Get() is { } area && area.NetworkId == networkId && area.ServiceId == serviceId;
    }

    private StatusReportView View(DateTimeOffset meetingStarts)
    {
        var (meetingId, serviceId) = StatusReportKey.Parse(Id);
        return new StatusReportView(Id, meetingId, serviceId, S.NetworkId, S.Content, S.Submitted,
            StatusReportRules.OnTime(S.Submitted?.At, meetingStarts), S.Version, S.Created!, S.Updated ?? S.Created!);
    }
}
