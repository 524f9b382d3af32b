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
