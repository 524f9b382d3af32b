using Forbedring.Domain.Access;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// The one place where operations are authorized: before anything executes, every root field of
/// the request (queries and mutations, also inside fragments) is checked against the rule declared
/// with <see cref="FieldAccess.Requires{TSource,TReturn}(GraphQL.Builders.FieldBuilder{TSource,TReturn},Permission,Func{AccessArguments,Target?}?)"/>.
/// One refused field refuses the whole request, so a request never half runs. Introspection is
/// for signed-in callers unless <c>GraphQL:Introspection</c> is <c>Anyone</c>.
/// </summary>
public sealed class AccessValidationRule(bool introspectionForAnyone) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        ValueTask.FromResult<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>(enter: (node, ctx) => CheckAsync(node, ctx)));

    private async ValueTask CheckAsync(GraphQLField node, ValidationContext context)
    {
        // Read the walker's position before awaiting anything.
        var parent = context.TypeInfo.GetParentType();
        var field = context.TypeInfo.GetFieldDef();
        if (field is null || !IsRoot(parent, context.Schema))
            return;
        var decider = context.RequestServices!.GetRequiredService<AccessDecider>();
        var name = node.Name.StringValue;
        if (name == "__typename")
            return;

        Demand demand;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            demand = new Demand(introspectionForAnyone ? Permission.Anyone : Permission.SignedIn);
        }
        else if (FieldAccess.RuleOf(field) is { } rule)
        {
            IDictionary<string, ArgumentValue>? arguments = null;
            context.ArgumentValues?.TryGetValue(node, out arguments);
            demand = rule(new AccessArguments(arguments));
        }
        else
        {
            context.ReportError(AccessErrors.NoRule(context, node, name));
            return;
        }

        if (await decider.AllowsAsync(demand))
            return;
        var caller = await decider.CallerAsync();
        context.ReportError(caller.IsSignedIn ? AccessErrors.Forbidden(context, node, name) : AccessErrors.SignInFirst(context, node, name));
    }

    private static bool IsRoot(IGraphType? parent, ISchema schema) =>
        parent is not null && (ReferenceEquals(parent, schema.Query) || ReferenceEquals(parent, schema.Mutation) || ReferenceEquals(parent, schema.Subscription));
}
