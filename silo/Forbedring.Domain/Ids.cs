namespace Forbedring.Domain;

/// <summary>Opaque ids: a short kind prefix (to read logs) and 16 random hex digits.</summary>
public static class Ids
{
    public static string New(string kind) => kind + "_" + Guid.NewGuid().ToString("N")[..16];

    public static bool LooksValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
