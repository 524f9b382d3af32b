using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.People;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Services;

public sealed class ServiceRoleType : EnumerationGraphType<ServiceRole>
{
    public ServiceRoleType()
    {
        Name = "ServiceRole";
        Description = "leder, ansatt, måleansvarlig, lege, brukerrepresentant, annet";
    }
}

public sealed class ServiceType : ObjectGraphType<ServiceView>
{
    public ServiceType(IGrainFactory grains)
    {
        Name = "Service";
        Description = "A service (tjeneste / virksomhet) that takes part in one or more networks.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Kind, nullable: true);
        Field(x => x.Organisation, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceMembershipType>>>>("members")
            .Description("Everyone who is or was a member, with their role and dates; those who left are kept.")
            .Resolve(context => context.Source.Members);
        Field(x => x.NetworkIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Areas.ImprovementAreaType>>>>("areas")
            .Description("The service's improvement areas, in every network.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.AreaIds, id => grains.GetGrain<Abstractions.Areas.IImprovementAreaGrain>(id).Get()));
        Field(x => x.Version);
        this.AddViewerCan(TargetKind.Service, x => x.Id, Permission.ReadService, Permission.WorkInService, Permission.ManageService);
    }
}

public sealed class ServiceMembershipType : ObjectGraphType<ServiceMembership>
{
    public ServiceMembershipType(IGrainFactory grains)
    {
        Name = "ServiceMembership";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("person").ResolveAsync(async context => await grains.GetGrain<IPersonGrain>(context.Source.PersonId).Get());
        Field<NonNullGraphType<ServiceRoleType>>("role").Resolve(context => context.Source.Role);
        Field(x => x.Since);
        Field(x => x.Until, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(context => context.Source.Until is null);
    }
}

public sealed class ServiceInputType : InputObjectGraphType<ServiceInput>
{
    public ServiceInputType()
    {
        Name = "ServiceInput";
        Field(x => x.Name);
        Field(x => x.Kind, nullable: true);
        Field(x => x.Organisation, nullable: true);
    }
}

public sealed record UpdateServiceInput(string Id, int ExpectedVersion, ServiceInput Service);

public sealed class UpdateServiceInputType : InputObjectGraphType<UpdateServiceInput>
{
    public UpdateServiceInputType()
    {
        Name = "UpdateServiceInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Service, type: typeof(NonNullGraphType<ServiceInputType>));
    }
}

public sealed record ServiceMemberInput(string ServiceId, string PersonId, ServiceRole Role, DateOnly? Since);

public sealed class ServiceMemberInputType : InputObjectGraphType<ServiceMemberInput>
{
    public ServiceMemberInputType()
    {
        Name = "ServiceMemberInput";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Role, type: typeof(NonNullGraphType<ServiceRoleType>));
        Field(x => x.Since, nullable: true).Description("Defaults to today.");
    }
}

public sealed record EndServiceMembershipInput(string ServiceId, string PersonId, DateOnly? Until);

public sealed class EndServiceMembershipInputType : InputObjectGraphType<EndServiceMembershipInput>
{
    public EndServiceMembershipInputType()
    {
        Name = "EndServiceMembershipInput";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Until, nullable: true).Description("Defaults to today.");
    }
}

public sealed record ChangeServiceRoleInput(string ServiceId, string PersonId, ServiceRole Role, DateOnly? From);

public sealed class ChangeServiceRoleInputType : InputObjectGraphType<ChangeServiceRoleInput>
{
    public ChangeServiceRoleInputType()
    {
        Name = "ChangeServiceRoleInput";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Role, type: typeof(NonNullGraphType<ServiceRoleType>)).Description("The new role.");
        Field(x => x.From, nullable: true).Description("The day the old membership ends and the new one begins; defaults to today.");
    }
}

public sealed class ServicePayloadType() : PayloadType<ServiceType, ServiceView>("ServicePayload", "service");
