namespace Forbedring.Domain.Access;

/// <summary>Who is asking: a signed-in person (or nobody), and whether they administer the installation.</summary>
public sealed record Caller(string? PersonId, bool IsAdministrator)
{
    public static readonly Caller SignedOut = new(null, false);

    public bool IsSignedIn => PersonId is not null;
}
