using Forbedring.Abstractions.Common;

namespace Forbedring.Api.GraphQL.Common;

public static class GrainResolve
{
    /// <summary>Resolves many entities by id in parallel, dropping ids that no longer resolve.</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(IEnumerable<string> ids, Func<string, Task<T?>> get) where T : class =>
        (await Task.WhenAll(ids.Distinct().Select(get))).OfType<T>().ToList();
}
