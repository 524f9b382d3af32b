using System.Collections;
using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace Forbedring.Api.GraphQL.Access;

/// <summary>
/// The second line: wherever a network, service, area, measure, cycle or template turns up in a
/// response (a service's areas in other networks, a template's areas across the installation),
/// the caller sees it only if they may read it. Lists lose what is not theirs; a single value
/// becomes null.
/// </summary>
public sealed class ReadFilterMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var result = await next(context);
        if (result is null or string || context.RequestServices is null)
            return result;
        if (AccessDecider.IsGuarded(result))
            return await Decider(context).MayReadAsync(result) ? result : null;
        if (result is IEnumerable list and not IDictionary && FirstGuarded(list))
        {
            var decider = Decider(context);
            var kept = new List<object>();
            foreach (var item in list)
                if (item is not null && await decider.MayReadAsync(item))
                    kept.Add(item);
            return kept;
        }
        return result;
    }

    private static bool FirstGuarded(IEnumerable list)
    {
        foreach (var item in list)
            return AccessDecider.IsGuarded(item);
        return false;
    }

    private static AccessDecider Decider(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccessDecider>();
}
