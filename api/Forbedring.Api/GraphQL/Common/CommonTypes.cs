using Forbedring.Abstractions.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Common;

public sealed class StampType : ObjectGraphType<Stamp>
{
    public StampType()
    {
        Name = "Stamp";
        Description = "When something happened and who did it.";
        Field(x => x.At);
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
    }
}
