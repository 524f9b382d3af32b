using GraphQL.Validation;
using GraphQLParser.AST;

namespace Forbedring.Api.Http;

/// <summary>A subscription answers many times, which only the event stream can carry: over plain JSON it is refused before it runs.</summary>
internal sealed class SubscriptionsOverEventStream : ValidationRuleBase
{
    public const string Code = "SUBSCRIPTION_NEEDS_EVENT_STREAM";

    public static readonly SubscriptionsOverEventStream Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
            context.ReportError(new ValidationError(
                $"Subscriptions are sent with Accept: {GraphQLEventStream.MediaType} (GraphQL over Server-Sent Events).")
            { Code = Code });
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
