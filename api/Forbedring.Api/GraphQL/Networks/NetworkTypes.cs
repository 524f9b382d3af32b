using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.People;
using Forbedring.Api.GraphQL.Services;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Networks;

public sealed class NetworkRoleType : EnumerationGraphType<NetworkRole>
{
    public NetworkRoleType() => Name = "NetworkRole";
}

public sealed class NetworkType : ObjectGraphType<NetworkView>
{
    public NetworkType(IGrainFactory grains)
    {
        Name = "Network";
        Description = "A learning network (læringsnettverk / helsefellesskap).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Theme, nullable: true).Description("e.g. «Gode overganger».");
        Field(x => x.Description, nullable: true).Description("Markdown, as written.");
        Field<StringGraphType>("descriptionHtml").Description("The description rendered to sanitized HTML.")
            .Resolve(context => MarkdownRenderer.ToHtml(context.Source.Description));
        Field(x => x.StartDate, nullable: true);
        Field(x => x.EndDate, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FocusAreaType>>>>("focusAreas").Resolve(context => context.Source.FocusAreas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkServiceLinkType>>>>("services")
            .Description("Every service that is or was in the network, with its dates.")
            .Resolve(context => context.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkMembershipType>>>>("members")
            .Description("Everyone who is or was a member of the network, with role and dates.")
            .Resolve(context => context.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Areas.ImprovementAreaType>>>>("areas")
            .Description("The improvement areas chosen in the network.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.AreaIds, id => grains.GetGrain<Abstractions.Areas.IImprovementAreaGrain>(id).Get()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Meetings.MeetingType>>>>("meetings")
            .Description("The network's samlinger, earliest first.")
            .ResolveAsync(async context => (await GrainResolve.AllAsync(context.Source.MeetingIds ?? [],
                id => grains.GetGrain<Abstractions.Meetings.IMeetingGrain>(id).Get())).OrderBy(m => m.StartsAt).ToList());
        Field(x => x.Archived);
        Field(x => x.StalledAfterWeeks).Description("Weeks without activity before the overview flags a service as stalled.");
        Field(x => x.Version);
        this.AddViewerCan(TargetKind.Network, x => x.Id, Permission.ReadNetwork, Permission.ManageNetwork, Permission.AddLearning);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
    }
}

public sealed class FocusAreaType : ObjectGraphType<FocusArea>
{
    public FocusAreaType()
    {
        Name = "FocusArea";
        Description = "An innsatsområde of the network, with its goals.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Goals, nullable: true);
    }
}

public sealed class NetworkServiceLinkType : ObjectGraphType<NetworkServiceLink>
{
    public NetworkServiceLinkType(IGrainFactory grains)
    {
        Name = "NetworkService";
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ServiceType>("service").ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.Source.ServiceId).Get());
        Field(x => x.Joined);
        Field(x => x.Left, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(context => context.Source.Left is null);
    }
}

public sealed class NetworkMembershipType : ObjectGraphType<NetworkMembership>
{
    public NetworkMembershipType(IGrainFactory grains)
    {
        Name = "NetworkMembership";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("person").ResolveAsync(async context => await grains.GetGrain<IPersonGrain>(context.Source.PersonId).Get());
        Field<NonNullGraphType<NetworkRoleType>>("role").Resolve(context => context.Source.Role);
        Field(x => x.Joined);
        Field(x => x.Left, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(context => context.Source.Left is null);
    }
}

public sealed class FocusAreaInputType : InputObjectGraphType<FocusAreaInput>
{
    public FocusAreaInputType()
    {
        Name = "FocusAreaInput";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("Give the id to keep an existing focus area; leave it out to add one.");
        Field(x => x.Name);
        Field(x => x.Goals, nullable: true);
    }
}

public sealed class NetworkInputType : InputObjectGraphType<NetworkInput>
{
    public NetworkInputType()
    {
        Name = "NetworkInput";
        Field(x => x.Name);
        Field(x => x.Theme, nullable: true);
        Field(x => x.Description, nullable: true).Description("Markdown.");
        Field(x => x.StartDate, nullable: true);
        Field(x => x.EndDate, nullable: true);
        Field(x => x.FocusAreas, type: typeof(ListGraphType<NonNullGraphType<FocusAreaInputType>>));
        Field(x => x.StalledAfterWeeks, nullable: true).Description("Default 6.");
    }
}

public sealed record UpdateNetworkInput(string Id, int ExpectedVersion, NetworkInput Network);

public sealed class UpdateNetworkInputType : InputObjectGraphType<UpdateNetworkInput>
{
    public UpdateNetworkInputType()
    {
        Name = "UpdateNetworkInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Network, type: typeof(NonNullGraphType<NetworkInputType>));
    }
}

public sealed record NetworkServiceInput(string NetworkId, string ServiceId, DateOnly? Date);

public sealed class NetworkServiceInputType : InputObjectGraphType<NetworkServiceInput>
{
    public NetworkServiceInputType()
    {
        Name = "NetworkServiceInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Date, nullable: true).Description("When the service joins or leaves; defaults to today.");
    }
}

public sealed record NetworkMemberInput(string NetworkId, string PersonId, NetworkRole? Role, DateOnly? Date);

public sealed class NetworkMemberInputType : InputObjectGraphType<NetworkMemberInput>
{
    public NetworkMemberInputType()
    {
        Name = "NetworkMemberInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Role, type: typeof(NetworkRoleType)).Description("Required when adding; ignored when removing.");
        Field(x => x.Date, nullable: true).Description("When the person joins or leaves; defaults to today.");
    }
}

public sealed record ArchiveNetworkInput(string Id, bool Archived = true);

public sealed class ArchiveNetworkInputType : InputObjectGraphType<ArchiveNetworkInput>
{
    public ArchiveNetworkInputType()
    {
        Name = "ArchiveNetworkInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Archived, nullable: true).DefaultValue(true);
    }
}

public sealed class NetworkPayloadType() : PayloadType<NetworkType, NetworkView>("NetworkPayload", "network");
