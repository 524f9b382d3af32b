namespace Forbedring.Api.Http.Accounts;

/// <summary>
/// Sign-in through an OpenID Connect provider, from the configuration section <c>Auth:Oidc</c>.
/// Off unless both <see cref="Authority"/> and <see cref="ClientId"/> are set. See docs/security.md.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Auth:Oidc";

    /// <summary>The provider's issuer address; its discovery document is read from there.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: a public client signs in with PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scopes to ask for ("openid" is always among them).</summary>
    public IReadOnlyList<string> Scopes { get; set; } = DefaultScopes;

    public static readonly IReadOnlyList<string> DefaultScopes = ["openid", "profile", "email"];

    /// <summary>The claim that names the user at the provider: "sub" (pairwise at ID-porten), or "oid" for Entra ID.</summary>
    public string SubjectClaim { get; set; } = "sub";

    public string NameClaim { get; set; } = "name";

    public string EmailClaim { get; set; } = "email";

    /// <summary>What the sign-in button says.</summary>
    public string DisplayName { get; set; } = "OpenID Connect";

    /// <summary>
    /// Whether someone the provider accepts but who has not signed in here before gets a new
    /// person. The provider already limits who can sign in (a tenant, a client's assignment); when
    /// false, only those already linked (and the first person on an empty installation) get in.
    /// </summary>
    public bool AllowNewPeople { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>
    /// Reads the section. Scopes may be one string ("openid profile", as OAuth writes them, commas
    /// allowed) or a list, so both shapes of configuration mean the same.
    /// </summary>
    public static OidcOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = new OidcOptions();
        section.Bind(options);
        var scopes = section.GetSection(nameof(Scopes));
        var listed = scopes.Value is { } text
            ? text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : scopes.GetChildren().Select(s => s.Value?.Trim()).OfType<string>().Where(s => s.Length > 0).ToArray();
        // Set here whatever the binder made of it (it appends a list to the defaults).
        options.Scopes = listed.Length > 0 ? ["openid", .. listed.Where(s => s != "openid").Distinct()] : DefaultScopes;
        return options;
    }
}
