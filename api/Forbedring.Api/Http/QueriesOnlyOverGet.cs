using GraphQL.Validation;
using GraphQLParser.AST;

namespace Forbedring.Api.Http;

/// <summary>GET must never change anything: only query operations may run over it.</summary>
internal sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public static readonly QueriesOnlyOverGet Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError(
                $"Only queries may be sent with GET; send {context.Operation.Operation.ToString().ToLowerInvariant()} operations with POST.")
            { Code = Code });
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
