using Forbedring.Abstractions.Audit;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Audit;

public sealed class AuditEventType : ObjectGraphType<AuditEvent>
{
    public AuditEventType()
    {
        Name = "AuditEvent";
        Description = "Who did what to which entity, and when. No field values are kept.";
        Field(x => x.At);
        Field(x => x.ActorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ActorName);
        Field(x => x.Action).Description("The mutation, e.g. logMeasurement.");
        Field(x => x.EntityKind).Description("Network, Service, Area, Measure, Cycle, Template, Person, Meeting, StatusReport or Learning.");
        Field(x => x.EntityId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NetworkId, type: typeof(IdGraphType));
        Field(x => x.ServiceId, type: typeof(IdGraphType));
    }
}

public sealed class AuditPageType : ObjectGraphType<AuditPage>
{
    public AuditPageType()
    {
        Name = "AuditPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEventType>>>>("events").Resolve(context => context.Source.Events);
        Field(x => x.Before, nullable: true).Description("Pass as before to get the next, older page; null on the last page.");
    }
}
