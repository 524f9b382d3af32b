namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// How a cookie was earned, in its AuthenticationMethod claim: a password cookie stays valid only
/// while its account does; an OpenID Connect cookie has no account, and its e-mail is the
/// provider's word, so it is never used to look an account up.
/// </summary>
public static class SignInMethods
{
    public const string Password = "password";
    public const string Oidc = "oidc";
}
