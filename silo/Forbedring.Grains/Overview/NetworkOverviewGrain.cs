using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Overview;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Meetings;
using Forbedring.Domain.Overview;
using Orleans.Concurrency;

namespace Forbedring.Grains.Overview;

/// <summary>
/// Reads the network, its areas, their measures' summaries and cycles, and its closed meetings'
/// attendance in parallel, and judges each service's engagement. It keeps nothing: every read is current.
/// </summary>
[StatelessWorker]
public sealed class NetworkOverviewGrain(TimeProvider time) : Grain, INetworkOverviewGrain
{
    public async Task<NetworkOverview?> Get()
    {
        if (await GrainFactory.GetGrain<INetworkGrain>(this.GetPrimaryKeyString()).Get() is not { } network)
            return null;

        var serviceIds = network.Services.Where(s => s.Left is null).Select(s => s.ServiceId).Distinct().ToList();
        var servicesTask = Task.WhenAll(serviceIds.Select(id => GrainFactory.GetGrain<IServiceGrain>(id).Get()));
        var areasTask = Task.WhenAll(network.AreaIds.Select(ReadAreaAsync));
        var meetingsTask = ClosedMeetingsAsync(network);
        var services = (await servicesTask).OfType<ServiceView>().ToList();
        var areas = (await areasTask).OfType<AreaReading>().ToList();
        var meetings = await meetingsTask;
        var serviceAttendance = EngagementRules.ServiceAttendance(meetings);
        var personAttendance = EngagementRules.PersonAttendance(meetings);
        var serviceReporting = EngagementRules.ServiceReporting(meetings);

        var contributorIds = areas.SelectMany(a => a.Measures.SelectMany(m => m.LoggedBy).Concat(a.CycleAuthors)).Concat(personAttendance.Keys).Distinct().ToList();
        var people = (await Task.WhenAll(contributorIds.Select(id => GrainFactory.GetGrain<IPersonGrain>(id).Get())))
            .OfType<PersonView>().ToDictionary(p => p.Id);

        var now = time.GetUtcNow();
        var overviews = services.Select(service => ServiceOverview(service, areas.Where(a => a.View.ServiceId == service.Id).ToList(), people, now,
            network.StalledAfterWeeks, serviceAttendance.GetValueOrDefault(service.Id), serviceReporting.GetValueOrDefault(service.Id)));
        var attendance = personAttendance
            .Select(p => new PersonAttendance(p.Key, people.TryGetValue(p.Key, out var person) ? person.Name : p.Key, p.Value))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return new NetworkOverview(network.Id, network.Name, now, network.StalledAfterWeeks, overviews.ToList(), attendance);
    }

    /// <summary>The closed meetings with whom they invited (on their day) and what was recorded; open and planned ones do not count yet.</summary>
    private async Task<IReadOnlyList<ClosedMeeting>> ClosedMeetingsAsync(NetworkView network)
    {
        var views = (await Task.WhenAll((network.MeetingIds ?? []).Select(id => GrainFactory.GetGrain<IMeetingGrain>(id).Get())))
            .OfType<MeetingView>().Where(m => m.State == MeetingState.Closed).ToList();
        var services = (await Task.WhenAll(views.SelectMany(m => m.InvitedServiceIds).Distinct()
            .Select(id => GrainFactory.GetGrain<IServiceGrain>(id).Get()))).OfType<ServiceView>().ToDictionary(s => s.Id);
        var records = Task.WhenAll(views.Select(m => GrainFactory.GetGrain<IMeetingGrain>(m.Id).GetAttendance()));
        var reporting = Task.WhenAll(views.Select(m => GrainFactory.GetGrain<IMeetingReportsGrain>(m.Id).Reporting()));
        var (attended, reported) = (await records, await reporting);
        return views.Select((m, i) => new ClosedMeeting(m.StartsAt, m.InvitedServiceIds,
            Invitations.Of(Clock.DayOf(m.StartsAt), network, m.InvitedServiceIds.Select(services.GetValueOrDefault).OfType<ServiceView>().ToList()),
            attended[i]) { Reporting = reported[i] }).ToList();
    }

    private sealed record AreaReading(ImprovementAreaView View, IReadOnlyList<MeasureSummary> Measures, IReadOnlyList<PdsaCycleView> Cycles)
    {
        public IEnumerable<string> CycleAuthors => Cycles.SelectMany(c => new[] { c.Created.PersonId, c.Updated.PersonId }).Distinct();
        public Stamp? LastPdsaActivity => Cycles.Select(c => c.Updated).MaxBy(s => s.At);
    }

    private async Task<AreaReading?> ReadAreaAsync(string areaId)
    {
        if (await GrainFactory.GetGrain<IImprovementAreaGrain>(areaId).Get() is not { } area)
            return null;
        var measures = Task.WhenAll(area.MeasureIds.Select(id => GrainFactory.GetGrain<IMeasureGrain>(id).GetSummary()));
        var cycles = Task.WhenAll(area.CycleIds.Select(id => GrainFactory.GetGrain<IPdsaCycleGrain>(id).Get()));
        return new AreaReading(area, (await measures).OfType<MeasureSummary>().ToList(), (await cycles).OfType<PdsaCycleView>().ToList());
    }

    private static ServiceOverview ServiceOverview(ServiceView service, IReadOnlyList<AreaReading> areas,
        IReadOnlyDictionary<string, PersonView> people, DateTimeOffset now, int weeks, AttendanceCount? meetings, ReportingCount? reporting)
    {
        // Closed and abandoned areas are finished business: they neither start nor stall a service.
        var open = areas.Where(a => a.View.Status is not (AreaStatus.Closed or AreaStatus.Abandoned)).ToList();
        var activity = open.Select(a => new AreaActivity(
            EngagementRules.HasAim(a.View.Aim),
            a.Measures.Count,
            a.Measures.Select(m => m.LastLogged?.At).Max(),
            a.LastPdsaActivity?.At,
            a.Cycles.Count)).ToList();
        var engagement = open.Count == 0 && areas.Count > 0
            ? new Engagement(EngagementStatus.Active, [], [])
            : EngagementRules.Assess(activity, now, weeks, meetings?.MissedInARow ?? 0);

        var roles = service.Members.Where(m => m.Until is null).GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.Min(m => m.Role));
        var loggers = areas.SelectMany(a => a.Measures.SelectMany(m => m.LoggedBy)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var authors = areas.SelectMany(a => a.Cycles.Select(c => c.Created.PersonId)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var contributors = loggers.Keys.Union(authors.Keys)
            .Select(id => new Contributor(
                id,
                people.TryGetValue(id, out var person) ? person.Name : id,
                roles.TryGetValue(id, out var role) ? role : null,
                loggers.GetValueOrDefault(id),
                authors.GetValueOrDefault(id)))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();

        return new ServiceOverview(
            service.Id,
            service.Name,
            engagement.Status,
            engagement.ReasonsNb,
            engagement.ReasonsEn,
            areas.SelectMany(a => a.Measures).Select(m => m.LastLogged).OfType<Stamp>().MaxBy(s => s.At),
            areas.Select(a => a.LastPdsaActivity).OfType<Stamp>().MaxBy(s => s.At),
            meetings?.Rate,
            contributors,
            areas.Select(a => new AreaOverview(
                a.View.Id,
                a.View.Title,
                a.View.FocusAreaId,
                a.View.Status,
                EngagementRules.HasAim(a.View.Aim),
                a.View.Ratings.LastOrDefault(r => r.Rater == Rater.Team),
                a.View.Ratings.LastOrDefault(r => r.Rater == Rater.Facilitator),
                a.LastPdsaActivity,
                a.Cycles.Count,
                a.Measures)).ToList(),
            meetings,
            reporting);
    }
}
