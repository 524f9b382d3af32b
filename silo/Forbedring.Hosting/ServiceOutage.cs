using Forbedring.Abstractions.Common;
using Forbedring.Grains.Storage;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Forbedring.Hosting;

/// <summary>What is down when a request failed for reasons the caller cannot fix, but can retry.</summary>
public enum Outage
{
    /// <summary>The table service does not answer.</summary>
    Storage,

    /// <summary>No silo answered the grain call (one died, or none is reachable yet).</summary>
    Cluster,
}

/// <summary>Classifies an exception from a grain call as a retryable outage, or as something else (a bug).</summary>
public static class ServiceOutage
{
    public static Outage? Classify(Exception? exception) => exception switch
    {
        null => null,
        _ when StorageOutage.IsOutage(exception) => Outage.Storage,
        // An exception type the api cannot load arrives as a fallback that names it.
        UnavailableExceptionFallbackException fallback when fallback.ExceptionType is { } type &&
            (type.Contains("RequestFailedException", StringComparison.Ordinal) || type.Contains("HttpRequestException", StringComparison.Ordinal))
            => Outage.Storage,
        // Lost silos, refused messages, connections that failed, and grain calls that got no answer in time.
        SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or GatewayTooBusyException
            or ClientNotAvailableException or TimeoutException => Outage.Cluster,
        OrleansException when exception.Message.Contains("gateway", StringComparison.OrdinalIgnoreCase) => Outage.Cluster,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Classify).FirstOrDefault(o => o is not null),
        _ => Classify(exception.InnerException),
    };

    /// <summary>The refusal for each outage: a stable code and what to do, in bokmål and English.</summary>
    public static UserError ErrorFor(Outage outage) => outage switch
    {
        Outage.Storage => new UserError(StorageUnavailableCode, "", StorageUnavailableException.MessageNb, StorageUnavailableException.MessageEn),
        _ => new UserError(ClusterUnavailableCode, "",
            "Tjenesten svarer ikke akkurat nå (en server starter på nytt). Prøv igjen om litt.",
            "The service is unavailable right now (a server is restarting). Try again shortly."),
    };

    public const string StorageUnavailableCode = "STORAGE_UNAVAILABLE";
    public const string ClusterUnavailableCode = "CLUSTER_UNAVAILABLE";

    /// <summary>Seconds a client should wait before trying again (sent as <c>Retry-After</c>).</summary>
    public const int RetryAfterSeconds = 2;
}
