using Forbedring.Abstractions.Areas;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.Markdown;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class RaterType : EnumerationGraphType<Rater>
{
    public RaterType()
    {
        Name = "Rater";
        Description = "Who gave a progress score: the team itself or the network's facilitator.";
    }
}

public sealed class DriverKindType : EnumerationGraphType<DriverKind>
{
    public DriverKindType()
    {
        Name = "DriverKind";
        Description = "primærdriver, sekundærdriver, endringsidé.";
    }
}

public sealed class ChangeIdeaType : ObjectGraphType<ChangeIdea>
{
    public ChangeIdeaType()
    {
        Name = "ChangeIdea";
        Description = "An idea to test (endringsidé) in PDSA cycles.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.Description, nullable: true).Description("Markdown, as written.");
        Field<StringGraphType>("descriptionHtml").Resolve(context => MarkdownRenderer.ToHtml(context.Source.Description));
        Field(x => x.DriverId, type: typeof(IdGraphType)).Description("The driver of the diagram this idea works on, if any.");
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
    }
}

public sealed class DriverNodeType : ObjectGraphType<DriverNode>
{
    public DriverNodeType()
    {
        Name = "DriverNode";
        Description = "A primary driver, secondary driver or change idea under the aim, with the measures and cycles that show it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<DriverKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(x => x.Text);
        Field(x => x.MeasureIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field(x => x.CycleIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field(x => x.ChangeIdeaId, type: typeof(IdGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DriverNodeType>>>>("children").Resolve(context => context.Source.Children);
    }
}

public sealed class ProgressRatingType : ObjectGraphType<ProgressRating>
{
    public ProgressRatingType()
    {
        Name = "ProgressRating";
        Description = "A score on the IHI collaborative assessment scale (1.0–5.0 in half steps).";
        Field<NonNullGraphType<RaterType>>("rater").Resolve(context => context.Source.Rater);
        Field(x => x.Score);
        Field(x => x.Comment, nullable: true);
        Field(x => x.Date);
        Field<NonNullGraphType<StampType>>("by").Resolve(context => context.Source.By);
    }
}

public sealed class MilestoneType : ObjectGraphType<Milestone>
{
    public MilestoneType()
    {
        Name = "Milestone";
        Description = "A dated event on the area's timeline.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Date);
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<StampType>>("by").Resolve(context => context.Source.By);
    }
}
