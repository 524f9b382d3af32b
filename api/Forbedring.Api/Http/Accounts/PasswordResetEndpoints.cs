using Forbedring.Abstractions.Accounts;
using Forbedring.Api.Http.Limits;
using Forbedring.Domain.Accounts;
using Forbedring.Domain.Validation;

namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// POST /api/auth/password-reset/request {email} and …/complete {token, newPassword}. There is no
/// mail server yet, so a reset link is made only for a signed-in administrator, who gets it in the
/// response to pass on; anyone else gets the same 202 and a log line (never a token). Making links
/// nobody can receive would only let strangers cancel the link an administrator handed out.
/// </summary>
public static class PasswordResetEndpoints
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(1);
    public const string Page = "nytt-passord";

    public sealed record ResetRequest(string? Email);

    public sealed record ResetCompletion(string? Token, string? NewPassword);

    public static IEndpointRouteBuilder MapPasswordReset(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/password-reset/request", async (ResetRequest body, HttpContext http, IGrainFactory grains, TimeProvider clock, ILoggerFactory logs) =>
        {
            var email = AccountRules.NormaliseEmail(body.Email);
            if (new Check().Email("email", body.Email) is { Failed: true } check)
                return AccountResponses.Errors(check.Errors);

            if (!await http.IsAdministratorAsync(grains))
            {
                logs.CreateLogger(typeof(PasswordResetEndpoints)).LogInformation(
                    "A password reset was requested for {Email}; without a mail server an administrator must make the link", email);
                return Results.Accepted();
            }

            var token = AccountRules.NewToken();
            var hash = AccountRules.TokenHash(token);
            var expires = clock.GetUtcNow() + ValidFor;
            // The same answer whether or not the account exists, even to an administrator.
            if (await grains.GetGrain<IAccountGrain>(email).Get() is null
                || !await grains.GetGrain<IOneTimeTokenGrain>(hash).Issue(new TokenGrant(TokenKind.PasswordReset, email, expires, null))
                || !await grains.GetGrain<IAccountGrain>(email).IssuePasswordReset(hash, expires))
                return Results.Accepted();
            return Results.Accepted(value: new { link = AccountResponses.Link(http.Request, Page, token), expiresAt = expires });
        }).RequireRateLimiting(RequestLimits.SignInPolicy);

        app.MapPost("/api/auth/password-reset/complete", async (ResetCompletion body, IGrainFactory grains) =>
        {
            if (!AccountRules.LooksLikeToken(body.Token))
                return AccountResponses.Error(Errors.TokenInvalid("token"));
            if (new Check().Password("newPassword", body.NewPassword) is { Failed: true } check)
                return AccountResponses.Errors(check.Errors);

            var hash = AccountRules.TokenHash(body.Token!);
            var tokenGrain = grains.GetGrain<IOneTimeTokenGrain>(hash);
            if (await tokenGrain.Peek() is not { Kind: TokenKind.PasswordReset } grant)
                return AccountResponses.Error(Errors.TokenInvalid("token"));
            var result = await grains.GetGrain<IAccountGrain>(grant.Email).CompletePasswordReset(hash, new Secret(body.NewPassword!));
            if (!result.Succeeded)
                return AccountResponses.Errors(result.Errors);
            await tokenGrain.Redeem();
            return Results.Ok(new { email = grant.Email });
        }).RequireRateLimiting(RequestLimits.SignInPolicy);
        return app;
    }
}
