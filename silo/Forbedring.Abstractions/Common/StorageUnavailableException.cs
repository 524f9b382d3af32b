namespace Forbedring.Abstractions.Common;

/// <summary>
/// The table service did not answer (down, unreachable, or timing out): nothing was saved by the
/// call that failed, and trying again later is the right thing to do. Crosses the wire to the api,
/// which answers 503 with a retryable error.
/// </summary>
[GenerateSerializer, Alias("Forbedring.StorageUnavailableException")]
public sealed class StorageUnavailableException : Exception
{
    public const string MessageNb = "Lagringen svarer ikke akkurat nå, så ingenting ble lagret. Prøv igjen om litt.";
    public const string MessageEn = "Storage is unavailable right now, so nothing was saved. Try again shortly.";

    public StorageUnavailableException() : base($"{MessageNb} / {MessageEn}")
    {
    }

    public StorageUnavailableException(string detail) : base($"{MessageNb} / {MessageEn} ({detail})")
    {
    }
}
