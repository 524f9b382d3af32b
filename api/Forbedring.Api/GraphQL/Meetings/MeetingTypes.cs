using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class MeetingStateType : EnumerationGraphType<MeetingState>
{
    public MeetingStateType()
    {
        Name = "MeetingState";
        Description = "planlagt → åpen → lukket";
    }
}

public sealed class MeetingType : ObjectGraphType<MeetingView>
{
    public MeetingType(IGrainFactory grains)
    {
        Name = "Meeting";
        Description = "A samling of a learning network.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<Networks.NetworkType>("network").ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(context.Source.NetworkId).Get());
        Field(x => x.Title);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt, nullable: true);
        Field(x => x.Place, nullable: true);
        Field(x => x.VideoLink, nullable: true);
        Field(x => x.Agenda, nullable: true).Description("Markdown, as written.");
        Field<StringGraphType>("agendaHtml").Description("The agenda rendered to sanitized HTML.")
            .Resolve(context => MarkdownRenderer.ToHtml(context.Source.Agenda));
        Field<NonNullGraphType<MeetingStateType>>("state").Resolve(context => context.Source.State);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Services.ServiceType>>>>("invitedServices")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.InvitedServiceIds, id => grains.GetGrain<IServiceGrain>(id).Get()));
        Field(x => x.Version);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Reports.MeetingReportFields.AddTo(this, grains);
    }
}

public sealed class MeetingInputType : InputObjectGraphType<MeetingInput>
{
    public MeetingInputType()
    {
        Name = "MeetingInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt, nullable: true);
        Field(x => x.Place, nullable: true);
        Field(x => x.VideoLink, nullable: true);
        Field(x => x.Agenda, nullable: true).Description("Markdown.");
        Field(x => x.InvitedServiceIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Leave out to invite every service in the network now.");
    }
}

public sealed class MeetingPayloadType() : PayloadType<MeetingType, MeetingView>("MeetingPayload", "meeting");
