using Forbedring.Abstractions.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Common;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with the input that the user can fix. Nothing was written.";
        Field(x => x.Code).Description("A stable code, e.g. REQUIRED, NOT_FOUND, CHANGED_BY_SOMEONE_ELSE.");
        Field(x => x.Field).Description("The input field the problem is in, as a path (e.g. points[2].value).");
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("The message in the request's language (Accept-Language; bokmål unless English is asked for).")
            .Resolve(context => Languages.Of(context) == Language.English ? context.Source.MessageEn : context.Source.MessageNb);
        Field(x => x.MessageNb);
        Field(x => x.MessageEn);
    }
}
