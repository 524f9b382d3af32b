using Forbedring.Abstractions.Common;

namespace Forbedring.Grains.Hosting;

/// <summary>
/// Defence in depth behind the api's access rule: a call into one of our grains must say whom it is
/// made for, and a change must name a real person (or the installation) as its actor. A call that
/// does not is a bug in the caller; it is refused before the grain sees it.
/// </summary>
public sealed class CallerIdentityFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType?.Namespace?.StartsWith("Forbedring.", StringComparison.Ordinal) != true)
            return context.Invoke();
        if (string.IsNullOrWhiteSpace(CallerIdentity.Current))
            throw new UnauthorizedAccessException(
                $"{context.InterfaceMethod.DeclaringType.Name}.{context.InterfaceMethod.Name} was called without a caller identity.");
        for (var i = 0; i < context.Request.GetArgumentCount(); i++)
            if (context.Request.GetArgument(i) is Actor actor && !IsReal(actor))
                throw new UnauthorizedAccessException(
                    $"{context.InterfaceMethod.DeclaringType.Name}.{context.InterfaceMethod.Name} was called with no real actor.");
        return context.Invoke();
    }

    private static bool IsReal(Actor actor) =>
        !string.IsNullOrWhiteSpace(actor.PersonId) && actor.PersonId != "unknown" && actor.PersonId != CallerIdentity.Anonymous;
}
