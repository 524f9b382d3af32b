using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Measures;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Reports;

public sealed class StatusReportType : ObjectGraphType<StatusReportView>
{
    public StatusReportType(IGrainFactory grains)
    {
        Name = "StatusReport";
        Description = "A service's status report for a meeting, written before the samling.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The meeting's id and the service's id joined by «|».");
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<Meetings.MeetingType>("meeting").ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(context.Source.MeetingId).Get());
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<Services.ServiceType>("service").ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.Source.ServiceId).Get());
        this.MarkdownField("tested", r => r.Content.Tested, "What the service tested since the last meeting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Pdsa.PdsaCycleType>>>>("cycles").Description("The PDSA cycles the report names.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.Content.CycleIds ?? [], id => grains.GetGrain<IPdsaCycleGrain>(id).Get()));
        this.MarkdownField("dataShows", r => r.Content.DataShows, "What the data shows.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureSummaryType>>>>("measures")
            .Description("The measures the report names, each with its chart's verdict as it is now (read live from the measure).")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.Content.MeasureIds ?? [], id => grains.GetGrain<IMeasureGrain>(id).GetSummary()));
        this.MarkdownField("learned", r => r.Content.Learned, "What the service learned.");
        this.MarkdownField("nextSteps", r => r.Content.NextSteps, "Next steps.");
        this.MarkdownField("helpNeeded", r => r.Content.HelpNeeded, "The help the service needs from the network.");
        Field<NonNullGraphType<BooleanGraphType>>("submitted").Resolve(context => context.Source.Submitted is not null);
        Field<StampType>("submittedBy").Description("Who handed the report in first, and when.").Resolve(context => context.Source.Submitted);
        Field<DateTimeOffsetGraphType>("submittedAt").Resolve(context => context.Source.Submitted?.At);
        Field(x => x.OnTime).Description("Submitted before the meeting started.");
        Field(x => x.Version).Description("Give it back as expectedVersion when saving again.");
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<StampType>>("updated").Resolve(context => context.Source.Updated);
    }
}

public sealed class ServiceReportingType : ObjectGraphType<ServiceReporting>
{
    public ServiceReportingType(IGrainFactory grains)
    {
        Name = "ServiceReporting";
        Description = "Whether an invited service has submitted its report, and whether before the meeting started.";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<Services.ServiceType>("service").ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.Source.ServiceId).Get());
        Field(x => x.Submitted);
        Field(x => x.SubmittedAt, nullable: true);
        Field(x => x.OnTime);
    }
}

/// <summary>The whole report as the service writes it; a text left out is empty.</summary>
public sealed record SaveStatusReportInput(
    string MeetingId, string ServiceId, int? ExpectedVersion, string? Tested, IReadOnlyList<string>? CycleIds, string? DataShows,
    IReadOnlyList<string>? MeasureIds, string? Learned, string? NextSteps, string? HelpNeeded, bool? Submit)
{
    public StatusReportContent Content => new(Tested, CycleIds, DataShows, MeasureIds, Learned, NextSteps, HelpNeeded);
}

public sealed class SaveStatusReportInputType : InputObjectGraphType<SaveStatusReportInput>
{
    public SaveStatusReportInputType()
    {
        Name = "SaveStatusReportInput";
        Description = "The whole report: what is left out is empty afterwards.";
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Must be invited to the meeting.");
        Field(x => x.ExpectedVersion, nullable: true).Description("Leave out to start the report; give the version you edited to save over it.");
        Field(x => x.Tested, nullable: true).Description("Markdown.");
        Field(x => x.CycleIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("The service's PDSA cycles in the meeting's network.");
        Field(x => x.DataShows, nullable: true).Description("Markdown.");
        Field(x => x.MeasureIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("The service's measures in the meeting's network.");
        Field(x => x.Learned, nullable: true).Description("Markdown.");
        Field(x => x.NextSteps, nullable: true).Description("Markdown.");
        Field(x => x.HelpNeeded, nullable: true).Description("Markdown.");
        Field(x => x.Submit, nullable: true).DefaultValue(false)
            .Description("Hand the report in. The first submission is dated (on time when before the meeting starts); later saves edit it.");
    }
}

public sealed class StatusReportPayloadType() : PayloadType<StatusReportType, StatusReportView>("StatusReportPayload", "statusReport");
