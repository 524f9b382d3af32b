using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Overview;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Measures;
using Forbedring.Api.GraphQL.Services;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Overview;

public sealed class EngagementStatusType : EnumerationGraphType<EngagementStatus>
{
    public EngagementStatusType()
    {
        Name = "EngagementStatus";
        Description = "ACTIVE; NOT_STARTED (no area, aim, measure, data or PDSA yet); STALLED (quiet for the network's number of weeks, " +
                      "or absent from the last two or more closed meetings).";
    }
}

public sealed class NetworkOverviewType : ObjectGraphType<NetworkOverview>
{
    public NetworkOverviewType()
    {
        Name = "NetworkOverview";
        Description = "Every active service of the network with its areas, scores, measures and engagement, in one read.";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.GeneratedAt);
        Field(x => x.StalledAfterWeeks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOverviewType>>>>("services").Resolve(c => c.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonAttendanceType>>>>("attendance")
            .Description("Everyone invited to the network's closed meetings, with how often they came; by name.")
            .Resolve(c => c.Source.Attendance ?? []);
    }
}

public sealed class MeetingAttendanceType : ObjectGraphType<AttendanceCount>
{
    public MeetingAttendanceType()
    {
        Name = "MeetingAttendance";
        Description = "Attendance over the network's closed meetings: of those invited to, how many attended, sent apologies, and how many of the latest in a row were missed.";
        Field(x => x.Invited).Description("Closed meetings invited to.");
        Field(x => x.Present).Description("Of those, attended (a service: any of its people, or a substitute for one).");
        Field(x => x.Excused).Description("Of those, not attended but with apologies.");
        Field(x => x.MissedInARow).Description("The latest closed meetings in a row not attended.");
        Field(x => x.Rate, nullable: true).Description("Present / invited, 0–1; null before any closed meeting.");
    }
}

public sealed class ReportsDeliveredType : ObjectGraphType<ReportingCount>
{
    public ReportsDeliveredType()
    {
        Name = "ReportsDelivered";
        Description = "Status reports to the network's closed meetings the service was invited to.";
        Field(x => x.Due).Description("Closed meetings invited to, each with a report due.");
        Field(x => x.Submitted).Description("Of those, reports submitted.");
        Field(x => x.OnTime).Description("Of those, submitted before the meeting started.");
        Field(x => x.OnTimeRate, nullable: true).Description("On time / due, 0–1; null before any closed meeting.");
    }
}

public sealed class PersonAttendanceType : ObjectGraphType<PersonAttendance>
{
    public PersonAttendanceType(IGrainFactory grains)
    {
        Name = "PersonAttendance";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<People.PersonType>("person").ResolveAsync(async c => await grains.GetGrain<Abstractions.People.IPersonGrain>(c.Source.PersonId).Get());
        Field<NonNullGraphType<MeetingAttendanceType>>("attendance").Resolve(c => c.Source.Attendance);
    }
}

public sealed class EngagementType : ObjectGraphType<ServiceOverview>
{
    public EngagementType()
    {
        Name = "Engagement";
        Field<NonNullGraphType<EngagementStatusType>>("status").Resolve(c => c.Source.Engagement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why, in the request's language.")
            .Resolve(c => Languages.Of(c) == Language.English ? c.Source.ReasonsEn : c.Source.ReasonsNb);
        Field(x => x.ReasonsNb);
        Field(x => x.ReasonsEn);
    }
}

public sealed class ServiceOverviewType : ObjectGraphType<ServiceOverview>
{
    public ServiceOverviewType(IGrainFactory grains)
    {
        Name = "ServiceOverview";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<ServiceType>("service").ResolveAsync(async c => await grains.GetGrain<IServiceGrain>(c.Source.ServiceId).Get());
        Field<NonNullGraphType<EngagementType>>("engagement").Resolve(c => c.Source);
        Field<StampType>("lastMeasurement").Resolve(c => c.Source.LastMeasurement);
        Field<StampType>("lastPdsaActivity").Resolve(c => c.Source.LastPdsaActivity);
        Field(x => x.AttendanceRate, nullable: true)
            .Description("Share (0–1) of the network's closed meetings the service was invited to where one of its people, or a substitute, was present; null before any.");
        Field<MeetingAttendanceType>("meetingAttendance").Description("The counts behind attendanceRate.").Resolve(c => c.Source.MeetingAttendance);
        Field<ReportsDeliveredType>("reporting").Description("Status reports delivered, and on time, to the closed meetings; null before any.")
            .Resolve(c => c.Source.Reporting);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributorType>>>>("contributors").Resolve(c => c.Source.Contributors);
        Field(x => x.StaffContribute).Description("Someone other than a leader logs data or writes PDSA cycles.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaOverviewType>>>>("areas").Resolve(c => c.Source.Areas);
    }
}

public sealed class ContributorType : ObjectGraphType<Contributor>
{
    public ContributorType()
    {
        Name = "Contributor";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<ServiceRoleType>("role").Resolve(c => c.Source.Role);
        Field(x => x.MeasuresLogged).Description("Measures whose current points this person logged.");
        Field(x => x.CyclesWritten);
    }
}

public sealed class AreaOverviewType : ObjectGraphType<AreaOverview>
{
    public AreaOverviewType(IGrainFactory grains)
    {
        Name = "AreaOverview";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.FocusAreaId, type: typeof(IdGraphType));
        Field<NonNullGraphType<AreaStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.HasAim);
        Field<ProgressRatingType>("teamRating").Resolve(c => c.Source.TeamRating);
        Field<ProgressRatingType>("facilitatorRating").Resolve(c => c.Source.FacilitatorRating);
        Field<FloatGraphType>("teamScore").Resolve(c => c.Source.TeamRating?.Score);
        Field<FloatGraphType>("facilitatorScore").Resolve(c => c.Source.FacilitatorRating?.Score);
        Field<StampType>("lastPdsaActivity").Resolve(c => c.Source.LastPdsaActivity);
        Field(x => x.CycleCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureSummaryType>>>>("measures").Resolve(c => c.Source.Measures);
        Field<ImprovementAreaType>("area").ResolveAsync(async c => await grains.GetGrain<IImprovementAreaGrain>(c.Source.AreaId).Get());
    }
}
