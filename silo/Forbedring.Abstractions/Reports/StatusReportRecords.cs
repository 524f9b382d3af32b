using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Reports;

/// <summary>
/// A service's status report for one meeting, written before the samling: what was tested (its PDSA
/// cycles), what the data shows (its measures, whose verdict is read live from each measure), what
/// was learned, next steps and the help it needs. The texts are Markdown as written.
/// </summary>
[GenerateSerializer, Immutable, Alias("Forbedring.StatusReportView")]
public sealed record StatusReportView(
    [property: Id(0)] string Id,
    [property: Id(1)] string MeetingId,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] string NetworkId,
    [property: Id(4)] StatusReportContent Content,
    [property: Id(5)] Stamp? Submitted,
    [property: Id(6)] bool OnTime,
    [property: Id(7)] int Version,
    [property: Id(8)] Stamp Created,
    [property: Id(9)] Stamp Updated);

/// <summary>What a service writes in its report; every text is optional Markdown, the lists are ids of its own cycles and measures.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.StatusReportContent")]
public sealed record StatusReportContent(
    [property: Id(0)] string? Tested,
    [property: Id(1)] IReadOnlyList<string>? CycleIds,
    [property: Id(2)] string? DataShows,
    [property: Id(3)] IReadOnlyList<string>? MeasureIds,
    [property: Id(4)] string? Learned,
    [property: Id(5)] string? NextSteps,
    [property: Id(6)] string? HelpNeeded);

/// <summary>Whether an invited service has reported for a meeting, and whether before it started (for the network overview).</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ServiceReporting")]
public sealed record ServiceReporting(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] bool Submitted,
    [property: Id(2)] DateTimeOffset? SubmittedAt,
    [property: Id(3)] bool OnTime);

/// <summary>A PDSA cycle as a report names it in the minutes.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ReportedCycle")]
public sealed record ReportedCycle(
    [property: Id(0)] string Id,
    [property: Id(1)] string Objective,
    [property: Id(2)] Pdsa.PdsaStatus Status,
    [property: Id(3)] Pdsa.PdsaDecision? Decision);

/// <summary>One submitted report as the minutes show it: the service's name, its cycles, and its measures with their verdict now.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.ReportForMinutes")]
public sealed record ReportForMinutes(
    [property: Id(0)] StatusReportView Report,
    [property: Id(1)] string ServiceName,
    [property: Id(2)] IReadOnlyList<ReportedCycle> Cycles,
    [property: Id(3)] IReadOnlyList<Measures.MeasureSummary> Measures);

/// <summary>What the meeting's minutes need of reports and learnings, as plain records.</summary>
[GenerateSerializer, Immutable, Alias("Forbedring.MeetingReportsDigest")]
public sealed record MeetingReportsDigest(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] IReadOnlyList<ReportForMinutes> Reports,
    [property: Id(2)] IReadOnlyList<string> MissingServiceIds,
    [property: Id(3)] IReadOnlyList<Learnings.LearningView> Learnings);
