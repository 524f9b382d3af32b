using GraphQL.Validation;
using GraphQLParser.AST;

namespace Forbedring.Api.Http;

/// <summary>GET must never change anything: queries (and subscriptions, over the event stream) may run over it, mutations not.</summary>
internal sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public static readonly QueriesOnlyOverGet Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
            context.ReportError(new ValidationError(
                "Only queries may be sent with GET; send mutations with POST.")
            { Code = Code });
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
