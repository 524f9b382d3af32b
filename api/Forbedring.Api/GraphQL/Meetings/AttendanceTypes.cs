using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.People;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class AttendanceStatusType : EnumerationGraphType<AttendanceStatus>
{
    public AttendanceStatusType()
    {
        Name = "AttendanceStatus";
        Description = "PRESENT (til stede), ABSENT (ikke til stede), EXCUSED (meldt forfall).";
    }
}

public sealed class InviteeType : ObjectGraphType<Invitee>
{
    public InviteeType(IGrainFactory grains)
    {
        Name = "Invitee";
        Description = "Someone invited to a meeting, and why: the services they were in on its day, or their role in the network.";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("person").ResolveAsync(async c => await grains.GetGrain<IPersonGrain>(c.Source.PersonId).Get());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Services.ServiceType>>>>("services")
            .ResolveAsync(async c => await GrainResolve.AllAsync(c.Source.ServiceIds, id => grains.GetGrain<IServiceGrain>(id).Get()));
        Field<Networks.NetworkRoleType>("networkRole").Description("FACILITATOR or PARTICIPANT when invited as such.").Resolve(c => c.Source.NetworkRole);
    }
}

public sealed class AttendanceType : ObjectGraphType<Attendance>
{
    public AttendanceType(IGrainFactory grains)
    {
        Name = "Attendance";
        Description = "One person's attendance at a meeting.";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("person").ResolveAsync(async c => await grains.GetGrain<IPersonGrain>(c.Source.PersonId).Get());
        Field<NonNullGraphType<AttendanceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.SubstituteForPersonId, type: typeof(IdGraphType)).Description("Whom they stood in for (vikar), when not invited themselves.");
        Field<PersonType>("substituteFor").ResolveAsync(async c =>
            c.Source.SubstituteForPersonId is { } id ? await grains.GetGrain<IPersonGrain>(id).Get() : null);
        Field(x => x.Guest).Description("Came without being invited or standing in for anyone.");
        Field<NonNullGraphType<StampType>>("recorded").Description("Who recorded it, and when.").Resolve(c => c.Source.Recorded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceCorrectionType>>>>("history")
            .Description("Earlier records of this person's attendance, newest first.").Resolve(c => c.Source.History);
    }
}

public sealed class AttendanceCorrectionType : ObjectGraphType<AttendanceCorrection>
{
    public AttendanceCorrectionType()
    {
        Name = "AttendanceCorrection";
        Field<NonNullGraphType<AttendanceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.SubstituteForPersonId, type: typeof(IdGraphType));
        Field(x => x.Guest);
        Field<NonNullGraphType<StampType>>("recorded").Resolve(c => c.Source.Recorded);
        Field<NonNullGraphType<StampType>>("replaced").Description("Who corrected it, and when.").Resolve(c => c.Source.Replaced);
    }
}

public sealed class AttendancePayloadType() : PayloadType<AttendanceType, Attendance>("AttendancePayload", "attendance");
