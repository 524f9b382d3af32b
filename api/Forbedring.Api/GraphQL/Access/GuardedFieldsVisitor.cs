using Forbedring.Api.GraphQL.Audit;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// Puts the read filter on every field that can return a guarded entity (anywhere in the schema,
/// so a new field gets it without asking) and the audit on every mutation, once, when the schema
/// is built. Only those fields: a schema-wide middleware would wrap every scalar of every point
/// too, and cost reads three times their time (docs/performance.md).
/// </summary>
public sealed class GuardedFieldsVisitor(ReadFilterMiddleware readFilter, AuditMiddleware audit) : BaseSchemaNodeVisitor
{
    private static readonly HashSet<string> GuardedTypes = ["Network", "Service", "ImprovementArea", "Measure", "PdsaCycle", "AreaTemplate", "Meeting",
        "StatusReport", "Learning"];

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
            return;
        var resolver = field.Resolver ?? NameFieldResolver.Instance;
        var wrapped = resolver;
        if (field.ResolvedType?.GetNamedType() is { } named && GuardedTypes.Contains(named.Name))
            wrapped = new Wrapped(wrapped, readFilter);
        if (ReferenceEquals(type, schema.Mutation))
            wrapped = new Wrapped(wrapped, audit);
        if (!ReferenceEquals(wrapped, resolver))
            field.Resolver = wrapped;
    }

    private sealed class Wrapped(IFieldResolver inner, IFieldMiddleware middleware) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => middleware.ResolveAsync(context, inner.ResolveAsync);
    }
}
