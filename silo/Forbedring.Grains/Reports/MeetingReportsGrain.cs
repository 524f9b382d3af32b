using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Orleans.Concurrency;

namespace Forbedring.Grains.Reports;

/// <summary>
/// Reads the reports of every invited service of a meeting in parallel (each report's key is known from the meeting
/// and the service, so no list of reports needs keeping). Stateless: every read is current.
/// </summary>
[StatelessWorker]
public sealed class MeetingReportsGrain : Grain, IMeetingReportsGrain
{
    private string MeetingId => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<ServiceReporting>> Reporting()
    {
        if (await Meeting() is not { } meeting)
            return [];
        var reports = await ReportsOf(meeting);
        return meeting.InvitedServiceIds.Select(serviceId => reports.GetValueOrDefault(serviceId) is { Submitted: { } submitted } report
                ? new ServiceReporting(serviceId, true, submitted.At, report.OnTime)
                : new ServiceReporting(serviceId, false, null, false))
            .ToList();
    }

    public async Task<IReadOnlyList<StatusReportView>> Reports(bool includeDrafts)
    {
        if (await Meeting() is not { } meeting)
            return [];
        var reports = await ReportsOf(meeting);
        return meeting.InvitedServiceIds
            .Select(reports.GetValueOrDefault)
            .OfType<StatusReportView>()
            .Where(r => includeDrafts || r.Submitted is not null)
            .ToList();
    }

    public async Task<MeetingReportsDigest> ForMinutes(MeetingView meeting)
    {
        var reports = await ReportsOf(meeting);
        var submitted = meeting.InvitedServiceIds.Select(reports.GetValueOrDefault).OfType<StatusReportView>().Where(r => r.Submitted is not null).ToList();
        var forMinutes = await Task.WhenAll(submitted.Select(ForMinutesAsync));
        return new MeetingReportsDigest(
            meeting.Id,
            forMinutes,
            meeting.InvitedServiceIds.Where(id => submitted.All(r => r.ServiceId != id)).ToList(),
            await LearningsOf(meeting));
    }

    public async Task<IReadOnlyList<LearningView>> Learnings() =>
        await Meeting() is { } meeting ? await LearningsOf(meeting) : [];

    /// <summary>Every learning of the meeting (from it, or from one of its reports), oldest first as the minutes tell it.</summary>
    private async Task<IReadOnlyList<LearningView>> LearningsOf(MeetingView meeting)
    {
        var search = GrainFactory.GetGrain<ILearningSearchGrain>(meeting.NetworkId);
        var all = new List<LearningView>();
        string? after = null;
        do
        {
            var page = await search.Search(new LearningQuery(null, null, null, null, null, ILearningSearchGrain.MaxTake, after) { MeetingId = meeting.Id });
            all.AddRange(page.Learnings);
            after = page.After;
        }
        while (after is not null);
        all.Reverse();
        return all;
    }

    private async Task<ReportForMinutes> ForMinutesAsync(StatusReportView report)
    {
        var service = GrainFactory.GetGrain<IServiceGrain>(report.ServiceId).Get();
        var cycles = Task.WhenAll((report.Content.CycleIds ?? []).Select(id => GrainFactory.GetGrain<IPdsaCycleGrain>(id).Get()));
        var measures = Task.WhenAll((report.Content.MeasureIds ?? []).Select(id => GrainFactory.GetGrain<IMeasureGrain>(id).GetSummary()));
        return new ReportForMinutes(
            report,
            (await service)?.Name ?? report.ServiceId,
            (await cycles).OfType<PdsaCycleView>().Select(c => new ReportedCycle(c.Id, c.Plan.Objective, c.Status, c.Act.Decision)).ToList(),
            (await measures).OfType<MeasureSummary>().ToList());
    }

    private Task<MeetingView?> Meeting() => GrainFactory.GetGrain<IMeetingGrain>(MeetingId).Get();

    private async Task<Dictionary<string, StatusReportView>> ReportsOf(MeetingView meeting)
    {
        var found = await Task.WhenAll(meeting.InvitedServiceIds.Distinct()
            .Select(serviceId => GrainFactory.GetGrain<IStatusReportGrain>(StatusReportKey.Of(meeting.Id, serviceId)).Get()));
        return found.OfType<StatusReportView>().ToDictionary(r => r.ServiceId);
    }
}
