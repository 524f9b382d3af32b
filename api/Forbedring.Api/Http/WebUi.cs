using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Forbedring.Api.Http;

/// <summary>
/// Serves the web UI that <c>ui/</c> builds into wwwroot: the hashed files under <c>/assets/</c>
/// cached for a year, <c>index.html</c> always revalidated, and <c>index.html</c> for any GET of a
/// path that no endpoint answers and that has no file extension, so the UI's own addresses
/// (<c>/nettverk/…</c>, <c>/invitasjon</c>) survive a reload. <c>/api/*</c>, <c>/graphql/*</c>
/// <c>/health/*</c> and the OpenID Connect callback are never answered with the UI, and other methods keep their 404 or 405.
/// </summary>
/// <remarks>
/// A middleware rather than <c>MapFallbackToFile</c>: a catch-all endpoint takes part in route
/// matching for every method, which turns <c>PUT /graphql</c>'s 405 into a 404 (or, limited to GET,
/// a <c>POST</c> to an unknown path into a 405). Here routing has already chosen (or not) an endpoint.
/// </remarks>
public static class WebUi
{
    private const string IndexPath = "/index.html";
    // GraphiQL is a page of its own (ui/graphiql.html), not a screen of the app.
    private const string GraphiQLPath = "/graphiql.html";
    // The OpenID Connect callback is answered by the authentication middleware, which runs later.
    private static readonly string[] ServerPrefixes = ["/api", "/graphql", "/health", Accounts.OidcAuthentication.CallbackPath];

    public static IApplicationBuilder UseWebUi(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.GetEndpoint() is null
                && IsUiAddress(request.Path))
                request.Path = IsGraphiQL(request.Path) ? GraphiQLPath : IndexPath;
            return next(context);
        });
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCaching });
    }

    public static bool IsGraphiQL(PathString path) =>
        path.Value is { } value && value.TrimEnd('/').Equals("/graphiql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path the UI's router may own: no file extension, not one of the server's own prefixes.</summary>
    public static bool IsUiAddress(PathString path)
    {
        if (!path.HasValue || path.Value == "/")
            return false;
        if (ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
            return false;
        var last = path.Value![(path.Value!.LastIndexOf('/') + 1)..];
        return !last.Contains('.');
    }

    private static void SetCaching(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
