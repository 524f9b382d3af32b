using System.Text.Encodings.Web;
using System.Text.Json;
using Forbedring.Abstractions.Transfer;

namespace Forbedring.Grains.Transfer;

/// <summary>States as JSON for export, read back on import; the same shape the grain storage writes.</summary>
public static class StateJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TransferRecord Export<T>(string kind, string id, T state, IReadOnlyList<TransferRow>? rows = null) =>
        new(kind, id, JsonSerializer.Serialize(state, Options), rows ?? []);

    public static T? Read<T>(TransferRecord record) => JsonSerializer.Deserialize<T>(record.State, Options);
}
