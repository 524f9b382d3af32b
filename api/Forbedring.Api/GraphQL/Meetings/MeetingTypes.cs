using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.Markdown;
using GraphQL;
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
        Field<StampType>("closed").Description("Who closed the meeting and when; null unless it is closed.").Resolve(context => context.Source.Closed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Services.ServiceType>>>>("invitedServices")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.InvitedServiceIds, id => grains.GetGrain<IServiceGrain>(id).Get()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InviteeType>>>>("invitedPeople")
            .Description("Everyone invited: on the meeting's day a member of an invited service, or a facilitator or participant of the network.")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(context.Source.Id).GetInvited());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceType>>>>("attendance")
            .Description("Everyone recorded, with who recorded it and the earlier records. Invited people not recorded are not listed.")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(context.Source.Id).GetAttendance());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemType>>>>("actionItems")
            .Description("The meeting's oppfølgingspunkter, in the order they were added.")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(context.Source.Id).GetActionItems());
        Field<StringGraphType>("minutes")
            .Description("The minutes (referat) as Markdown in the request's language: as the meeting is now, or, once closed, as it was closed.")
            .ResolveAsync(async context => Minutes(await grains.GetGrain<IMeetingGrain>(context.Source.Id).GetMinutes(), context));
        Field<StringGraphType>("minutesHtml").Description("The minutes rendered to sanitized HTML.")
            .ResolveAsync(async context => MarkdownRenderer.ToHtml(Minutes(await grains.GetGrain<IMeetingGrain>(context.Source.Id).GetMinutes(), context)));
        Field(x => x.Version).Description("Increases with every change; send it back as expectedVersion.");
        this.AddViewerCan(TargetKind.Meeting, x => x.Id, Permission.ReadNetwork, Permission.ManageNetwork, Permission.AddLearning);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Reports.MeetingReportFields.AddTo(this, grains);
    }

    private static string? Minutes(MeetingMinutes? minutes, IResolveFieldContext context) =>
        minutes is null ? null : Languages.Of(context) == Language.English ? minutes.English : minutes.Bokmal;
}

public sealed class MeetingPayloadType() : PayloadType<MeetingType, MeetingView>("MeetingPayload", "meeting");
