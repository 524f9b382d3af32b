using Forbedring.Abstractions.Audit;

namespace Forbedring.Grains.Audit;

/// <summary>
/// What an audit event must carry before it is stored. Events come from our own code (the api's
/// mutation middleware), never straight from users, so a malformed one is a bug and throws rather
/// than returning a user error. The length limit keeps anything big (or free text passed by mistake)
/// out of the log.
/// </summary>
internal static class AuditEventCheck
{
    public static void ThrowIfMalformed(AuditEvent? auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        if (auditEvent.At == default)
            throw new ArgumentException("An audit event needs the time it happened (At).", nameof(auditEvent));
        Required(auditEvent.ActorId, nameof(AuditEvent.ActorId));
        Limited(auditEvent.ActorName, nameof(AuditEvent.ActorName));
        Required(auditEvent.Action, nameof(AuditEvent.Action));
        Required(auditEvent.EntityKind, nameof(AuditEvent.EntityKind));
        Required(auditEvent.EntityId, nameof(AuditEvent.EntityId));
        Limited(auditEvent.NetworkId, nameof(AuditEvent.NetworkId));
        Limited(auditEvent.ServiceId, nameof(AuditEvent.ServiceId));
    }

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"An audit event needs {field}.", field);
        Limited(value, field);
    }

    // The message names the field and the length only: the value itself might be what must not be logged.
    private static void Limited(string? value, string field)
    {
        if (value is not null && value.Length > IAuditLogGrain.MaxFieldLength)
            throw new ArgumentException(
                $"The audit event's {field} is {value.Length} characters, above the limit of {IAuditLogGrain.MaxFieldLength}.", field);
    }
}
