using GraphQL;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>Bokmål by default; English when the request's Accept-Language prefers it.</summary>
public enum Language { Bokmal, English }

public static class Languages
{
    public static Language Of(IResolveFieldContext context) =>
        (context.RequestServices?.GetService(typeof(IHttpContextAccessor)) as IHttpContextAccessor)?.HttpContext?.Request is { } request
            ? Of(request)
            : Language.Bokmal;

    public static Language Of(HttpRequest request)
    {
        var accept = request.Headers.AcceptLanguage.ToString();
        return accept is { Length: > 0 } && accept.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Bokmal;
    }
}
