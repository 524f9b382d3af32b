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
        // The change is durable already and is answered now; its audit line follows on its own
        // (docs/security.md). Everything the line needs is taken from the request here, before it ends.
        if (Line(context, outcome) is { } line)
            _ = line.WriteAsync().ContinueWith(
                failed => log.LogError(failed.Exception, "The audit log could not record {Action}", line.Action),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return result;
    }

    private static PendingLine? Line(IResolveFieldContext context, IOutcome outcome)
    {
        var services = context.RequestServices!;
        var target = OwnScope(outcome.Subject)
            ?? FieldAccess.RuleOf(context.FieldDefinition)?.Invoke(new AccessArguments(context.Arguments)).Target
            ?? Created(outcome.Subject);
        return target is null
            ? null
            : new PendingLine(services.GetRequiredService<AccessDecider>(), services.GetRequiredService<IGrainFactory>(),
                services.GetRequiredService<TimeProvider>().GetUtcNow(), context.Actor(), context.FieldDefinition.Name, target);
    }

    private sealed record PendingLine(AccessDecider Decider, IGrainFactory Grains, DateTimeOffset At, Actor Actor, string Action, Target Target)
    {
        public async Task WriteAsync()
        {
            var (networkId, serviceId) = await Decider.ScopeAsync(Target);
            var entry = new AuditEvent(At, Actor.PersonId, Actor.Name, Action, Target.Kind.ToString(), Target.Id, networkId, serviceId);
            await Task.WhenAll(networkId is null
                ? [Grains.GetGrain<IAuditLogGrain>(IAuditLogGrain.Installation).Append(entry)]
                : [Grains.GetGrain<IAuditLogGrain>(IAuditLogGrain.Installation).Append(entry), Grains.GetGrain<IAuditLogGrain>(networkId).Append(entry)]);
        }
    }

    /// <summary>
    /// Entities that know their network and service better than the access rule's target does (a service, or a
    /// network with a service): their change is recorded against themselves.
    /// </summary>
    private static Target? OwnScope(object? subject) => subject switch
    {
        Abstractions.Reports.StatusReportView report => new Target(TargetKind.StatusReport, report.Id),
        Abstractions.Learnings.LearningView learning => new Target(TargetKind.Learning, learning.Id),
        _ => null,
    };

    /// <summary>What a change that names no existing entity created.</summary>
    private static Target? Created(object? subject) => subject switch
    {
        NetworkView network => new Target(TargetKind.Network, network.Id),
        ServiceView service => new Target(TargetKind.Service, service.Id),
        PersonView person => new Target(TargetKind.Person, person.Id),
        AreaTemplateView template => new Target(TargetKind.Template, template.Id),
        Abstractions.Meetings.MeetingView meeting => new Target(TargetKind.Meeting, meeting.Id),
        _ => null,
    };
}
