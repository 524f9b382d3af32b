using Forbedring.Api.Tests.Areas;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Reports;

/// <summary>
/// A network where reports can be written, built through the api as the administrator: «Smidsrød helsehus» (with
/// staff, an area, a measure with data and a studied PDSA cycle) and «Hjemmetjenesten» (with a cycle of its own) are
/// invited to a meeting; «Tjenestekontoret» takes part but is not invited. Another network has a cycle of its own.
/// The staff member and the facilitator are the same two people in every place of a factory, so each signs in once.
/// </summary>
public sealed record ReportPlace(
    string Network, string Service, string OtherService, string NotInvited, string Area, string Measure, string Cycle, string OtherServiceCycle,
    string CycleInOtherNetwork, string Meeting, string StaffPerson, string FacilitatorPerson);

public static class ReportSetup
{
    public const string Learned = "Et **fast tidspunkt** for utskrivningssamtalen gjør at ingen glemmer den.";

    private sealed record People(string Staff, string Facilitator);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ApiFactory, Lazy<Task<People>>> PeopleOf = new();

    public static async Task<ReportPlace> ReportPlaceAsync(this ApiFactory factory, string startsAt = "2030-03-01T09:00:00+01:00")
    {
        var admin = await factory.AdminAsync();
        var people = await PeopleOf.GetValue(factory, _ => new Lazy<Task<People>>(async () => new People(
            (await admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Jonas Eriksen" }, "id")).Id(),
            (await admin.MutateOkAsync("createPerson", "person", "PersonInput", new { name = "Hilde Myrvold" }, "id")).Id()))).Value;
        var place = await admin.NetworkWithServiceAsync();
        var other = await ServiceInAsync(admin, place.NetworkId, "Hjemmetjenesten");
        var notInvited = await ServiceInAsync(admin, place.NetworkId, "Tjenestekontoret");

        var area = (await admin.CreateAreaAsync(place)).Id();
        var measure = (await admin.MutateOkAsync("createMeasure", "measure", "CreateMeasureInput",
            new { areaId = area, definition = Measures.MeasureSetup.Proportion() }, "id")).Id();
        foreach (var (period, numerator) in new[] { ("2024-01", 4), ("2024-02", 6), ("2024-03", 8) })
            await Measures.MeasureSetup.LogAsync(admin, new { measureId = measure, period, numerator, denominator = 10 });
        var cycle = await StudiedCycleAsync(admin, area, [measure]);

        var otherArea = (await admin.CreateAreaAsync(place with { ServiceId = other }, "Gode mottak hjemme")).Id();
        var otherCycle = await StudiedCycleAsync(admin, otherArea, []);
        var elsewhere = await admin.NetworkWithServiceAsync("Rus/psyk");
        var cycleElsewhere = await StudiedCycleAsync(admin, (await admin.CreateAreaAsync(elsewhere)).Id(), []);

        var meeting = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = place.NetworkId, title = "Samling 3", startsAt, invitedServiceIds = new[] { place.ServiceId, other } }, "id")).Id();
        await admin.MutateOkAsync("addServiceMember", "service", "ServiceMemberInput", new { serviceId = place.ServiceId, personId = people.Staff, role = "STAFF" }, "id");
        await admin.MutateOkAsync("addNetworkMember", "network", "NetworkMemberInput", new { networkId = place.NetworkId, personId = people.Facilitator, role = "FACILITATOR" }, "id");
        return new ReportPlace(place.NetworkId, place.ServiceId, other, notInvited, area, measure, cycle, otherCycle, cycleElsewhere, meeting, people.Staff, people.Facilitator);
    }

    private static async Task<string> ServiceInAsync(HttpClient admin, string networkId, string name)
    {
        var id = (await admin.MutateOkAsync("createService", "service", "ServiceInput", new { name }, "id")).Id();
        await admin.MutateOkAsync("addServiceToNetwork", "network", "NetworkServiceInput", new { networkId, serviceId = id, date = "2020-01-01" }, "id");
        return id;
    }

    /// <summary>A cycle that has been planned only: its Study says nothing yet.</summary>
    public static async Task<string> PlannedCycleAsync(this HttpClient admin, string areaId, string[]? measureIds = null)
    {
        var idea = (await admin.MutateOkAsync("addChangeIdea", "improvementArea", "AddChangeIdeaInput", new { areaId, title = "Fast tidspunkt" }, "changeIdeas { id }"))
            .GetProperty("changeIdeas").EnumerateArray().Last().Id();
        return (await admin.MutateOkAsync("startPdsaCycle", "pdsaCycle", "StartPdsaCycleInput",
            new { areaId, changeIdeaId = idea, measureIds = measureIds ?? [], plan = new { objective = "Samtale kl. 11 dagen før utskrivning", predictions = "8 av 10" } }, "id")).Id();
    }

    private static async Task<string> StudiedCycleAsync(HttpClient admin, string areaId, string[] measureIds)
    {
        var cycle = await admin.PlannedCycleAsync(areaId, measureIds);
        await admin.MutateOkAsync("updatePdsaCycle", "pdsaCycle", "UpdatePdsaCycleInput", new
        {
            id = cycle,
            expectedVersion = 1,
            @do = new { startDate = "2024-02-05", endDate = "2024-02-23" },
            study = new { results = "22 av 26", learned = Learned },
        }, "id");
        return cycle;
    }

    /// <summary>A meeting of the network that was held and closed, through the api as the administrator.</summary>
    public static async Task<string> ClosedMeetingAsync(this ApiFactory factory, ReportPlace place)
    {
        var admin = await factory.AdminAsync();
        var id = (await admin.MutateOkAsync("createMeeting", "meeting", "MeetingInput",
            new { networkId = place.Network, title = "Samling 2", startsAt = "2024-02-01T09:00:00+01:00", invitedServiceIds = new[] { place.Service, place.OtherService } }, "id")).Id();
        await admin.MutateOkAsync("openMeeting", "meeting", "MeetingStateInput", new { id }, "id");
        await admin.MutateOkAsync("closeMeeting", "meeting", "MeetingStateInput", new { id }, "id");
        return id;
    }
}
