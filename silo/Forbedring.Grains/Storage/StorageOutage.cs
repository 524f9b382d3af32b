using System.Net.Sockets;
using Azure;
using Forbedring.Abstractions.Common;

namespace Forbedring.Grains.Storage;

/// <summary>
/// Tells an outage of the table service (no answer, a 5xx, a network timeout) from the errors our
/// own code must handle (conflicts, not found). An outage becomes <see cref="StorageUnavailableException"/>,
/// which every caller can recognise, including an api in another process.
/// </summary>
public static class StorageOutage
{
    public static bool IsOutage(Exception? exception) => exception switch
    {
        null => false,
        StorageUnavailableException => true,
        RequestFailedException failed => failed.Status is 0 or 500 or 502 or 503 or 504 || IsOutage(failed.InnerException),
        HttpRequestException or SocketException => true,
        // Azure.Core reports its network timeout as a cancellation caused by a TimeoutException.
        OperationCanceledException canceled => canceled.InnerException is TimeoutException || IsOutage(canceled.InnerException),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => IsOutage(exception.InnerException),
    };

    public static StorageUnavailableException Unavailable(Exception cause) =>
        cause as StorageUnavailableException ?? new StorageUnavailableException(cause.GetType().Name);
}
