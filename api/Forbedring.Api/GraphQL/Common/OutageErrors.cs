using Forbedring.Hosting;
using GraphQL;
using GraphQL.Execution;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>
/// An outage (storage or silos down) is not a bug: instead of the masked "Error trying to resolve
/// field", the caller gets a stable, retryable code and what to do, and the endpoint answers 503.
/// </summary>
public static class OutageErrors
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>
    {
        ServiceOutage.StorageUnavailableCode,
        ServiceOutage.ClusterUnavailableCode,
    };

    public static Task Handle(UnhandledExceptionContext context)
    {
        if (ServiceOutage.Classify(context.OriginalException) is { } outage)
        {
            var error = ServiceOutage.ErrorFor(outage);
            var replacement = new ExecutionError($"{error.MessageNb} / {error.MessageEn}", context.OriginalException) { Code = error.Code };
            replacement.Data["messageNb"] = error.MessageNb;
            replacement.Data["messageEn"] = error.MessageEn;
            replacement.Data["retryable"] = true;
            context.Exception = replacement;
        }
        return Task.CompletedTask;
    }

    public static bool IsOutage(ExecutionResult result) => result.Errors?.Any(e => e.Code is { } code && Codes.Contains(code)) == true;
}
