using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Reports;
using Forbedring.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.Tests.Reports;

/// <summary>What the network overview and the minutes get from a meeting's reports, called as they will call it.</summary>
public sealed class MeetingReportsGrainTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_minutes_get_the_submitted_reports_with_cycles_and_verdicts_who_is_missing_and_the_meetings_learnings()
    {
        var p = await factory.ReportPlaceAsync();
        var staff = await factory.AsPersonAsync(p.StaffPerson);
        var facilitator = await factory.AsPersonAsync(p.FacilitatorPerson);
        await staff.MutateOkAsync("saveStatusReport", "statusReport", "SaveStatusReportInput",
            new { meetingId = p.Meeting, serviceId = p.Service, cycleIds = new[] { p.Cycle }, measureIds = new[] { p.Measure }, learned = "Fast tid virker", submit = true }, "id");
        await facilitator.MutateOkAsync("addLearning", "learning", "AddLearningInput",
            new { networkId = p.Network, text = "Først dette", source = new { kind = "MEETING", id = p.Meeting } }, "id");
        await facilitator.MutateOkAsync("addLearning", "learning", "AddLearningInput",
            new { networkId = p.Network, text = "Så dette", source = new { kind = "STATUS_REPORT", id = $"{p.Meeting}|{p.Service}" } }, "id");
        await facilitator.MutateOkAsync("addLearning", "learning", "AddLearningInput",
            new { networkId = p.Network, text = "Ikke fra samlingen", source = new { kind = "CYCLE", id = p.Cycle } }, "id");

        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        using var _ = CallerIdentity.Use(CallerIdentity.System);
        var meeting = await grains.GetGrain<IMeetingGrain>(p.Meeting).Get();
        var digest = await grains.GetGrain<IMeetingReportsGrain>(p.Meeting).ForMinutes(meeting!);
        var reporting = await grains.GetGrain<IMeetingReportsGrain>(p.Meeting).Reporting();

        Assert.NotNull(digest);
        var report = Assert.Single(digest.Reports);
        Assert.Equal("Smidsrød helsehus", report.ServiceName);
        Assert.Equal("Fast tid virker", report.Report.Content.Learned);
        Assert.Equal("Samtale kl. 11 dagen før utskrivning", Assert.Single(report.Cycles).Objective);
        Assert.Equal(3, Assert.Single(report.Measures).PointCount);
        Assert.Equal([p.OtherService], digest.MissingServiceIds);
        Assert.Equal(["Først dette", "Så dette"], digest.Learnings.Select(l => l.Text));
        Assert.Equal([(p.Service, true, true), (p.OtherService, false, false)], reporting.Select(r => (r.ServiceId, r.Submitted, r.OnTime)));
        Assert.Empty(await grains.GetGrain<IMeetingReportsGrain>("meeting_unknown").Reporting());
    }
}
