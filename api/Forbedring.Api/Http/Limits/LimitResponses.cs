using System.Text.Encodings.Web;
using System.Text.Json;
using Forbedring.Abstractions.Common;
using Forbedring.Api.GraphQL.Common;

namespace Forbedring.Api.Http.Limits;

/// <summary>
/// Writes a refusal in the api's error shape, <c>{ errors: [{ code, field, messageNb, messageEn }] }</c>.
/// For GraphQL each error also has the <c>message</c> (and <c>extensions.code</c>) that GraphQL
/// clients look for, in the request's language as GraphQL's own errors are.
/// </summary>
internal static class LimitResponses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task WriteAsync(HttpContext http, int status, UserError error, CancellationToken cancellation)
    {
        http.Response.StatusCode = status;
        object body = IsGraphQL(http.Request)
            ? new
            {
                errors = new[]
                {
                    new
                    {
                        message = Languages.Of(http.Request) == Language.English ? error.MessageEn : error.MessageNb,
                        error.Code,
                        error.Field,
                        error.MessageNb,
                        error.MessageEn,
                        extensions = new { code = error.Code },
                    },
                },
            }
            : new { errors = new[] { error } };
        return http.Response.WriteAsJsonAsync(body, Json, cancellation);
    }

    private static bool IsGraphQL(HttpRequest request) => request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path);
}
