using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Reports;
using Forbedring.Domain.Reports;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Tests.Reports;

public sealed class StatusReportRulesTests
{
    private static readonly StatusReportContent Empty = new(null, null, null, null, null, null, null);

    [Fact]
    public void An_empty_report_may_be_saved_as_a_draft_but_not_submitted()
    {
        Assert.False(StatusReportRules.Validate(Empty, submit: false).Failed);
        var submitted = StatusReportRules.Validate(Empty with { Tested = "  " }, submit: true);
        Assert.Equal(["NOTHING_TO_SUBMIT"], submitted.Errors.Select(e => e.Code));
        Assert.False(StatusReportRules.Validate(Empty with { CycleIds = ["pdsa_1"] }, submit: true).Failed);
    }

    [Fact]
    public void Every_text_is_limited_and_refuses_national_identity_numbers()
    {
        var content = new StatusReportContent(new string('x', Check.LongTextMax + 1), null, "Pasient 15067543278 fikk besøk", null, null, null, null);

        var check = StatusReportRules.Validate(content, submit: false);

        Assert.Equal([("TOO_LONG", "tested"), ("PATIENT_IDENTIFIABLE", "dataShows")], check.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void At_most_fifty_cycles_and_fifty_measures_are_linked()
    {
        var many = Enumerable.Range(0, 51).Select(i => $"id_{i}").ToList();

        var check = StatusReportRules.Validate(Empty with { CycleIds = many, MeasureIds = many }, submit: false);

        Assert.Equal(["cycleIds", "measureIds"], check.Errors.Select(e => e.Field));
        Assert.All(check.Errors, e => Assert.Equal("TOO_MANY", e.Code));
    }

    [Theory]
    [InlineData(MeetingState.Planned, true)]
    [InlineData(MeetingState.Open, true)]
    [InlineData(MeetingState.Closed, false)]
    public void Reports_change_until_the_meeting_is_closed(MeetingState state, bool mayChange) =>
        Assert.Equal(mayChange, StatusReportRules.MayChange(state));

    [Fact]
    public void On_time_means_submitted_before_the_meeting_started()
    {
        var starts = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.True(StatusReportRules.OnTime(starts.AddMinutes(-1), starts));
        Assert.False(StatusReportRules.OnTime(starts, starts));
        Assert.False(StatusReportRules.OnTime(starts.AddDays(1), starts));
        Assert.False(StatusReportRules.OnTime(null, starts));
    }

    [Fact]
    public void Saved_texts_are_trimmed_blank_ones_dropped_and_links_kept_once_in_order()
    {
        var normal = StatusReportRules.Normalise(new StatusReportContent("  Testet sjekklisten \n", ["b", " a ", "b", ""], " ", null, null, null, null));

        Assert.Equal("Testet sjekklisten", normal.Tested);
        Assert.Equal(["b", "a"], normal.CycleIds);
        Assert.Null(normal.DataShows);
        Assert.Empty(normal.MeasureIds!);
    }
}
