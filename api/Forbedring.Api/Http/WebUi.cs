using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Forbedring.Api.Http;

/// <summary>
/// Serves the web UI that <c>ui/</c> builds into wwwroot: the hashed files under <c>/assets/</c>
/// cached for a year, <c>index.html</c> always revalidated, and every other path without a file
/// extension answered with <c>index.html</c> so the UI's own addresses (<c>/nettverk/…</c>,
/// <c>/invitasjon</c>) survive a reload. <c>/api/*</c>, <c>/graphql/*</c> and <c>/health/*</c>
/// keep their 404 for unknown paths.
/// </summary>
public static class WebUi
{
    private const string IndexFile = "index.html";
    private static readonly string[] ApiPrefixes = ["/api", "/graphql", "/health"];
    private static readonly HttpMethodMetadata ReadMethods = new([HttpMethods.Get, HttpMethods.Head]);

    public static IApplicationBuilder UseWebUi(this IApplicationBuilder app)
    {
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCaching });
    }

    public static IEndpointRouteBuilder MapWebUiFallback(this IEndpointRouteBuilder app)
    {
        // Only for GET and HEAD: another method on a known path keeps its 405, on an unknown one its 404.
        foreach (var prefix in ApiPrefixes)
            app.MapFallback(prefix + "/{**path}", () => Results.NotFound()).WithMetadata(ReadMethods);
        app.MapFallbackToFile(IndexFile, new StaticFileOptions { OnPrepareResponse = SetCaching }).WithMetadata(ReadMethods);
        return app;
    }

    private static void SetCaching(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
