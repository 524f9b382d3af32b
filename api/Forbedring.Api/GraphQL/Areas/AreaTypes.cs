using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.GraphQL.Networks;
using Forbedring.Api.GraphQL.Services;
using Forbedring.Api.Markdown;
using Forbedring.Domain.Areas;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class AreaStatusType : EnumerationGraphType<AreaStatus>
{
    public AreaStatusType()
    {
        Name = "AreaStatus";
        Description = "idé, valgt, testing, innføring, vedlikehold, avsluttet; eller stanset / avbrutt.";
    }
}

public sealed class ImprovementAreaType : ObjectGraphType<ImprovementAreaView>
{
    public ImprovementAreaType(IGrainFactory grains)
    {
        Name = "ImprovementArea";
        Description = "An improvement area (forbedringsområde) of one service in one network.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NetworkType>("network").ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(context.Source.NetworkId).Get());
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ServiceType>("service").ResolveAsync(async context => await grains.GetGrain<IServiceGrain>(context.Source.ServiceId).Get());
        Field(x => x.FocusAreaId, type: typeof(IdGraphType)).Description("The network's focus area (innsatsområde) this area belongs to, if any.");
        Field(x => x.Problem, nullable: true).Description("«Hva er viktig for deg?»: the problem and why it matters, in Markdown as written.");
        Field<StringGraphType>("problemHtml").Description("The problem rendered to sanitized HTML.")
            .Resolve(context => MarkdownRenderer.ToHtml(context.Source.Problem));
        Field<NonNullGraphType<AimStatementType>>("aim").Resolve(context => context.Source.Aim);
        Field<NonNullGraphType<AreaStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaStatusChangeType>>>>("statusHistory")
            .Description("Every status change, oldest first, dated and by whom.")
            .Resolve(context => context.Source.StatusHistory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaStatusType>>>>("nextStatuses")
            .Description("The statuses the area may move to now (see docs/guide-areas.md).")
            .Resolve(context => AreaStatusRules.Next(context.Source.Status, StalledFrom(context.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeIdeaType>>>>("changeIdeas").Resolve(context => context.Source.ChangeIdeas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DriverNodeType>>>>("driverDiagram")
            .Description("The primary drivers under the aim, each with its children.")
            .Resolve(context => context.Source.DriverDiagram);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressRatingType>>>>("ratings")
            .Description("Every progress score, oldest first; filter by rater to get one side's history.")
            .Argument<RaterType>("rater")
            .Resolve(context => context.GetArgument<Rater?>("rater") is { } rater
                ? context.Source.Ratings.Where(r => r.Rater == rater).ToList()
                : context.Source.Ratings);
        Field<ProgressRatingType>("latestTeamRating").Resolve(context => context.Source.Ratings.LastOrDefault(r => r.Rater == Rater.Team));
        Field<ProgressRatingType>("latestFacilitatorRating").Resolve(context => context.Source.Ratings.LastOrDefault(r => r.Rater == Rater.Facilitator));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("milestones")
            .Description("Dated events, in date order.")
            .Resolve(context => context.Source.Milestones);
        Field(x => x.CycleIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Pdsa.PdsaCycleType>>>>("pdsaCycles")
            .Description("The area's PDSA cycles, in the order they were started.")
            .ResolveAsync(async context => await GrainResolve.AllAsync(context.Source.CycleIds, id => grains.GetGrain<IPdsaCycleGrain>(id).Get()));
        Field(x => x.MeasureIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Measures.MeasureType>>>>("measures").ResolveAsync(async context =>
            await GrainResolve.AllAsync(context.Source.MeasureIds, id => grains.GetGrain<Abstractions.Measures.IMeasureGrain>(id).Get()));
        Field(x => x.TemplateId, type: typeof(IdGraphType)).Description("The area template (tiltakspakke) this area started from, if any.");
        Field(x => x.Version).Description("Give it back as expectedVersion when editing: a save based on an older version is refused.");
        this.AddViewerCan(TargetKind.Area, x => x.Id, Permission.ReadArea, Permission.WorkInService, Permission.ManageService, Permission.ManageNetwork, Permission.AddLearning);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<StampType>>("updated").Resolve(context => context.Source.Updated);
    }

    private static AreaStatus? StalledFrom(ImprovementAreaView area) =>
        area.Status == AreaStatus.Stalled ? area.StatusHistory.LastOrDefault()?.From : null;
}

public sealed class AimStatementType : ObjectGraphType<AimStatement>
{
    public AimStatementType()
    {
        Name = "AimStatement";
        Description = "The aim: what, how much, by when, and the sentence the team wrote.";
        Field(x => x.What, nullable: true);
        Field(x => x.HowMuch, nullable: true).Description("e.g. «fra 40 % til 90 %».");
        Field(x => x.ByWhen, nullable: true);
        Field(x => x.Text, nullable: true);
    }
}

public sealed class AreaStatusChangeType : ObjectGraphType<AreaStatusChange>
{
    public AreaStatusChangeType()
    {
        Name = "AreaStatusChange";
        Field<AreaStatusType>("from").Resolve(context => context.Source.From);
        Field<NonNullGraphType<AreaStatusType>>("to").Resolve(context => context.Source.To);
        Field(x => x.Date);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<StampType>>("by").Resolve(context => context.Source.By);
    }
}
