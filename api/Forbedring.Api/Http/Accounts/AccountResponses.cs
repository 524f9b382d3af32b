using Forbedring.Abstractions.Common;

namespace Forbedring.Api.Http.Accounts;

/// <summary>The account endpoints' error bodies: <c>{ errors: [{ code, field, messageNb, messageEn }] }</c>.</summary>
public static class AccountResponses
{
    public static IResult Errors(IReadOnlyList<UserError> errors, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { errors }, statusCode: status);

    public static IResult Error(UserError error, int status = StatusCodes.Status400BadRequest) => Errors([error], status);

    /// <summary>A link into the UI with the token in the fragment, which browsers never send to a server (nor into its logs).</summary>
    public static string Link(HttpRequest request, string page, string token) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/{page}#token={token}";
}
