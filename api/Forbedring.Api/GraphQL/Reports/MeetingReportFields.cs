using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Reports;

/// <summary>
/// What a meeting shows of its reports and learnings: added to the Meeting type from here, so the meeting's own
/// file stays about the meeting. Whoever may read the meeting may read these.
/// </summary>
public static class MeetingReportFields
{
    public static void AddTo(ObjectGraphType<MeetingView> meeting, IGrainFactory grains)
    {
        meeting.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusReportType>>>>("statusReports")
            .Description("The invited services' reports side by side, in the order the services were invited; drafts only when asked for.")
            .Argument<BooleanGraphType>("includeDrafts", arg => arg.DefaultValue = false)
            .ResolveAsync(async context => await Reports(grains, context.Source).Reports(context.GetArgument("includeDrafts", false)));
        meeting.Field<StatusReportType>("statusReport")
            .Description("One invited service's report, submitted or still a draft; null when it has none yet.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .ResolveAsync(async context => await grains.GetGrain<IStatusReportGrain>(StatusReportKey.Of(context.Source.Id, context.GetArgument<string>("serviceId"))).Get());
        meeting.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Services.ServiceType>>>>("missingReports")
            .Description("The invited services that have not submitted a report.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(
                (await Reports(grains, context.Source).Reporting()).Where(r => !r.Submitted).Select(r => r.ServiceId),
                id => grains.GetGrain<IServiceGrain>(id).Get()));
        meeting.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceReportingType>>>>("reporting")
            .Description("Every invited service: whether it has reported, and whether on time.")
            .ResolveAsync(async context => await Reports(grains, context.Source).Reporting());
        meeting.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Learnings.LearningType>>>>("learnings")
            .Description("The learnings captured from the meeting or its reports, oldest first.")
            .ResolveAsync(async context => await Reports(grains, context.Source).Learnings());
    }

    private static IMeetingReportsGrain Reports(IGrainFactory grains, MeetingView meeting) => grains.GetGrain<IMeetingReportsGrain>(meeting.Id);
}
