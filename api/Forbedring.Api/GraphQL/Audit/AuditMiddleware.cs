using Forbedring.Abstractions.Audit;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Templates;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.GraphQL.Audit;

/// <summary>
/// Writes every mutation that changed something to the audit log: who, which action, which entity
/// and when, into the installation's log and the log of the entity's network. The entity is the
/// one the access rule names (or, for something new, the one created); no field values go in.
/// </summary>
public sealed class AuditMiddleware(ILogger<AuditMiddleware> log) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var result = await next(context);
        if (context.ParentType != context.Schema.Mutation || result is not IOutcome { Changed: true } outcome || context.RequestServices is null)
            return result;
        try
        {
            await RecordAsync(context, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is made and must be answered; a missing audit line is an operations problem, so it is loud in the log.
            log.LogError(e, "The audit log could not record {Action}", context.FieldDefinition.Name);
        }
        return result;
    }

    private static async Task RecordAsync(IResolveFieldContext context, IOutcome outcome)
    {
        var services = context.RequestServices!;
        var decider = services.GetRequiredService<AccessDecider>();
        var target = FieldAccess.RuleOf(context.FieldDefinition)?.Invoke(new AccessArguments(context.Arguments)).Target
            ?? Created(outcome.Subject);
        if (target is null)
            return;
        var (networkId, serviceId) = await decider.ScopeAsync(target);
        var actor = context.Actor();
        var entry = new AuditEvent(services.GetRequiredService<TimeProvider>().GetUtcNow(), actor.PersonId, actor.Name,
            context.FieldDefinition.Name, target.Kind.ToString(), target.Id, networkId, serviceId);
        var grains = services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IAuditLogGrain>(IAuditLogGrain.Installation).Append(entry);
        if (networkId is not null)
            await grains.GetGrain<IAuditLogGrain>(networkId).Append(entry);
    }

    /// <summary>What a change that names no existing entity created.</summary>
    private static Target? Created(object? subject) => subject switch
    {
        NetworkView network => new Target(TargetKind.Network, network.Id),
        ServiceView service => new Target(TargetKind.Service, service.Id),
        PersonView person => new Target(TargetKind.Person, person.Id),
        AreaTemplateView template => new Target(TargetKind.Template, template.Id),
        _ => null,
    };
}
