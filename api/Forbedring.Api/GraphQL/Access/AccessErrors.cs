using GraphQL.Validation;
using GraphQLParser.AST;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// The refusals, in bokmål first and English after, with a stable code. They never say whether
/// the thing asked for exists: "not yours" and "not there" read the same.
/// </summary>
public static class AccessErrors
{
    public const string ForbiddenCode = "FORBIDDEN";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string NoRuleCode = "NO_ACCESS_RULE";

    public static ValidationError Forbidden(ValidationContext context, ASTNode node, string field) => Error(context, node, ForbiddenCode,
        $"Du har ikke tilgang til «{field}» her. Be en fasilitator eller leder om tilgang.",
        $"You may not use '{field}' here. Ask a facilitator or leader for access.");

    public static ValidationError SignInFirst(ValidationContext context, ASTNode node, string field) => Error(context, node, UnauthenticatedCode,
        $"Logg inn for å bruke «{field}».",
        $"Sign in to use '{field}'.");

    public static ValidationError NoRule(ValidationContext context, ASTNode node, string field) => Error(context, node, NoRuleCode,
        $"«{field}» mangler en tilgangsregel og er derfor stengt.",
        $"'{field}' has no access rule and is therefore closed.");

    private static ValidationError Error(ValidationContext context, ASTNode node, string code, string nb, string en)
    {
        var error = new ValidationError(context.Document.Source, code, $"{nb} / {en}", node) { Code = code };
        error.Data["messageNb"] = nb;
        error.Data["messageEn"] = en;
        return error;
    }
}
