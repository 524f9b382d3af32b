using Forbedring.Abstractions.Areas;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class AimStatementInputType : InputObjectGraphType<AimStatement>
{
    public AimStatementInputType()
    {
        Name = "AimStatementInput";
        Field(x => x.What, nullable: true);
        Field(x => x.HowMuch, nullable: true);
        Field(x => x.ByWhen, nullable: true);
        Field(x => x.Text, nullable: true);
    }
}

public sealed class CreateImprovementAreaInputType : InputObjectGraphType<NewAreaInput>
{
    public CreateImprovementAreaInputType()
    {
        Name = "CreateImprovementAreaInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Must be an active member of the network.");
        Field(x => x.FocusAreaId, type: typeof(IdGraphType)).Description("One of the network's focus areas.");
        Field(x => x.Title);
        Field(x => x.Problem, nullable: true).Description("Markdown.");
        Field(x => x.Aim, type: typeof(AimStatementInputType));
    }
}

public sealed record UpdateImprovementAreaInput(string Id, int ExpectedVersion, string Title, string? Problem, AimStatement? Aim, string? FocusAreaId);

public sealed class UpdateImprovementAreaInputType : InputObjectGraphType<UpdateImprovementAreaInput>
{
    public UpdateImprovementAreaInputType()
    {
        Name = "UpdateImprovementAreaInput";
        Description = "Replaces title, problem, aim and focus area.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The version you edited; a save over a newer one is refused.");
        Field(x => x.Title);
        Field(x => x.Problem, nullable: true).Description("Markdown.");
        Field(x => x.Aim, type: typeof(AimStatementInputType));
        Field(x => x.FocusAreaId, type: typeof(IdGraphType));
    }
}

public sealed record ChangeAreaStatusInput(string AreaId, AreaStatus Status, DateOnly? Date, string? Note, int? ExpectedVersion);

public sealed class ChangeAreaStatusInputType : InputObjectGraphType<ChangeAreaStatusInput>
{
    public ChangeAreaStatusInputType()
    {
        Name = "ChangeAreaStatusInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<AreaStatusType>));
        Field(x => x.Date, nullable: true).Description("When it changed; defaults to today.");
        Field(x => x.Note, nullable: true);
        Field(x => x.ExpectedVersion, nullable: true).Description("Optional: refuse the change if someone else saved since.");
    }
}

public sealed record RateProgressInput(string AreaId, Rater Rater, double Score, string? Comment, DateOnly? Date);

public sealed class RateProgressInputType : InputObjectGraphType<RateProgressInput>
{
    public RateProgressInputType()
    {
        Name = "RateProgressInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Rater, type: typeof(NonNullGraphType<RaterType>));
        Field(x => x.Score).Description("1.0–5.0 in half steps (IHI collaborative assessment scale).");
        Field(x => x.Comment, nullable: true).Description("Why this score.");
        Field(x => x.Date, nullable: true).Description("Defaults to today.");
    }
}

public sealed class DriverNodeInputType : InputObjectGraphType<DriverNodeInput>
{
    public DriverNodeInputType()
    {
        Name = "DriverNodeInput";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("Give the id to keep a node; leave it out to add one.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<DriverKindType>));
        Field(x => x.Text);
        Field(x => x.MeasureIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Measures of this area.");
        Field(x => x.CycleIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("PDSA cycles of this area.");
        Field(x => x.ChangeIdeaId, type: typeof(IdGraphType)).Description("For a CHANGE_IDEA node: the area's change idea it stands for.");
        Field(x => x.Children, type: typeof(ListGraphType<NonNullGraphType<DriverNodeInputType>>));
    }
}

public sealed record SetDriverDiagramInput(string AreaId, int ExpectedVersion, IReadOnlyList<DriverNodeInput> Nodes);

public sealed class SetDriverDiagramInputType : InputObjectGraphType<SetDriverDiagramInput>
{
    public SetDriverDiagramInputType()
    {
        Name = "SetDriverDiagramInput";
        Description = "The whole driver diagram under the aim; it replaces the old one.";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DriverNodeInputType>>>));
    }
}

public sealed record AddChangeIdeaInput(string AreaId, string Title, string? Description, string? DriverId);

public sealed class AddChangeIdeaInputType : InputObjectGraphType<AddChangeIdeaInput>
{
    public AddChangeIdeaInputType()
    {
        Name = "AddChangeIdeaInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.Description, nullable: true).Description("Markdown.");
        Field(x => x.DriverId, type: typeof(IdGraphType)).Description("A primary or secondary driver of the area's diagram.");
    }
}

public sealed record UpdateChangeIdeaInput(string AreaId, string ChangeIdeaId, int ExpectedVersion, string Title, string? Description, string? DriverId);

public sealed class UpdateChangeIdeaInputType : InputObjectGraphType<UpdateChangeIdeaInput>
{
    public UpdateChangeIdeaInputType()
    {
        Name = "UpdateChangeIdeaInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ChangeIdeaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The area's version you edited.");
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field(x => x.DriverId, type: typeof(IdGraphType));
    }
}

public sealed record AddMilestoneInput(string AreaId, DateOnly Date, string Title, string? Description);

public sealed class AddMilestoneInputType : InputObjectGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType()
    {
        Name = "AddMilestoneInput";
        Field(x => x.AreaId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Date);
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
    }
}
