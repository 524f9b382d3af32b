using System.Globalization;
using Forbedring.Abstractions.Common;

namespace Forbedring.Api.Http.Limits;

/// <summary>The errors a caller gets when a request limit refuses it, in bokmål and English.</summary>
public static class LimitErrors
{
    public const string RateLimitedCode = "RATE_LIMITED";
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static UserError RateLimited(int? retryAfterSeconds) => retryAfterSeconds is { } seconds
        ? new(RateLimitedCode, "",
            $"For mange forespørsler. Vent {seconds} sekunder og prøv igjen.",
            $"Too many requests. Wait {seconds} seconds and try again.")
        : new(RateLimitedCode, "",
            "For mange forespørsler. Vent litt og prøv igjen.",
            "Too many requests. Wait a little and try again.");

    public static UserError RequestTooLarge(long maxBytes) =>
        new(RequestTooLargeCode, "",
            $"Forespørselen er for stor. Grensen er {Size(maxBytes, Nb, "byte")}.",
            $"The request is too large. The limit is {Size(maxBytes, En, "bytes")}.");

    /// <summary>2097152 → "2 MB", 1536 → "1,5 KB" (bokmål) / "1.5 KB", 100 → "100 byte".</summary>
    private static string Size(long bytes, CultureInfo culture, string unit) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", culture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.#", culture) + " KB",
        _ => bytes.ToString(culture) + " " + unit,
    };
}
