using System.Text.Json;
using System.Text.RegularExpressions;
using Forbedring.Abstractions.Transfer;

namespace Forbedring.Grains.Transfer;

/// <summary>
/// The network export: one JSON document holding every entity's record. Ids are opaque tokens
/// (<c>kind_16hex</c>), so remapping them on import is a replacement of whole tokens.
/// </summary>
public sealed partial record NetworkDocument(string Format, int FormatVersion, DateTimeOffset ExportedAt, string NetworkId, IReadOnlyList<TransferRecord> Records)
{
    public const string FormatName = "forbedring-network";
    public const int CurrentVersion = 1;

    /// <summary>The order entities must be created in, so each one's references exist when it arrives.</summary>
    public static readonly string[] ImportOrder = ["Person", "Service", "Network", "Template", "Area", "Measure", "PdsaCycle", "Meeting"];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static NetworkDocument? Parse(string json) => JsonSerializer.Deserialize<NetworkDocument>(json, Options);

    /// <summary>Replaces every id token the map knows, wherever it appears in the document.</summary>
    public static string Remap(string text, IReadOnlyDictionary<string, string> ids) =>
        IdToken().Replace(text, match => ids.TryGetValue(match.Value, out var replacement) ? replacement : match.Value);

    public static string KindPrefix(string id) => id.Contains('_') ? id[..id.IndexOf('_')] : "entity";

    [GeneratedRegex("[a-z]+_[0-9a-f]{16}")]
    private static partial Regex IdToken();
}
