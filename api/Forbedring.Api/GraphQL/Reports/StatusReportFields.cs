using Forbedring.Abstractions.Reports;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Reports;

public sealed class StatusReportFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<StatusReportType>("statusReport")
            .Requires(Permission.ReadNetwork, args => args.Target(TargetKind.StatusReport, "id"))
            .Description("A service's report for a meeting (id «meetingId|serviceId»), submitted or still a draft; null when it has none yet.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<IStatusReportGrain>(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StatusReportPayloadType>>("saveStatusReport")
            .Requires(Permission.WorkInService, On.Service("input.serviceId"))
            .Description("The service writes its report for a meeting it is invited to, until the meeting is closed. Refused with CHANGED_BY_SOMEONE_ELSE when saved since expectedVersion.")
            .Argument<NonNullGraphType<SaveStatusReportInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SaveStatusReportInput>("input");
                return await Report(input.MeetingId, input.ServiceId).Save(input.Content, input.ExpectedVersion, input.Submit ?? false, context.Actor());
            });
    }

    private IStatusReportGrain Report(string meetingId, string serviceId) => grains.GetGrain<IStatusReportGrain>(StatusReportKey.Of(meetingId, serviceId));
}
