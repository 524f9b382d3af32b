using Forbedring.Abstractions.Audit;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Audit;

public sealed class AuditFields(IGrainFactory grains) : IQueryContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AuditPageType>>("auditLog")
            .Requires(Permission.ManageNetwork, On.Network("networkId"))
            .Description("Who changed what, newest first: a network's log for its facilitators; without networkId, the whole installation's for administrators.")
            .Argument<IdGraphType>("networkId")
            .Argument<IntGraphType>("take", arg => arg.DefaultValue = 50)
            .Argument<StringGraphType>("before", arg => arg.Description = "The cursor from the previous page.")
            .ResolveAsync(async context =>
            {
                var log = context.GetArgument<string?>("networkId") is { Length: > 0 } networkId ? networkId : IAuditLogGrain.Installation;
                var before = context.GetArgument<string?>("before");
                try
                {
                    return await grains.GetGrain<IAuditLogGrain>(log).Page(context.GetArgument("take", 50), before);
                }
                catch (ArgumentException)
                {
                    throw new ExecutionError("«before» er ikke en markør fra denne loggen. / 'before' is not a cursor from this log.") { Code = "INVALID" };
                }
            });
    }
}
