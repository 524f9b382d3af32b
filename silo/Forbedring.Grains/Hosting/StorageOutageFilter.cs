using Forbedring.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace Forbedring.Grains.Hosting;

/// <summary>
/// A grain call that failed because the table service did not answer ends in
/// <see cref="Abstractions.Common.StorageUnavailableException"/>, and the grain is deactivated: its
/// memory may hold a change the store never got, and the next call must read the store afresh.
/// </summary>
public sealed class StorageOutageFilter(ILogger<StorageOutageFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (StorageOutage.IsOutage(e))
        {
            logger.LogWarning("Storage unavailable during {Grain}.{Method}: {Error}",
                context.InterfaceName, context.MethodName, e.GetType().Name + ": " + e.Message);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "The table service did not answer."));
            throw StorageOutage.Unavailable(e);
        }
    }
}
