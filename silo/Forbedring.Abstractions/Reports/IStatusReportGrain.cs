using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Reports;

/// <summary>One service's status report for one meeting; keyed by <see cref="StatusReportKey.Of"/>(meetingId, serviceId).</summary>
[Alias("Forbedring.IStatusReportGrain")]
public interface IStatusReportGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<StatusReportView?> Get();

    /// <summary>
    /// Writes the whole report. Without <paramref name="expectedVersion"/> it starts the report (DUPLICATE when one exists);
    /// with it, it replaces the report saved at that version (CHANGED_BY_SOMEONE_ELSE otherwise). <paramref name="submit"/>
    /// hands it in: the first submission is dated and stays, later saves edit it. Refused when the meeting is closed or
    /// the service is not invited, and for cycles and measures that are not the service's own in the meeting's network.
    /// </summary>
    [Alias("Save")] Task<Result<StatusReportView>> Save(StatusReportContent content, int? expectedVersion, bool submit, Actor actor);

    /// <summary>
    /// Starts the report as submitted at <paramref name="submittedAt"/> (not in the future), by the same rules as
    /// <see cref="Save"/>. For loading what happened before (the demo's past samlinger); the api never calls it, so
    /// nobody can backdate a submission to look on time.
    /// </summary>
    [Alias("SubmitAsOf")] Task<Result<StatusReportView>> SubmitAsOf(StatusReportContent content, DateTimeOffset submittedAt, Actor actor);
}
