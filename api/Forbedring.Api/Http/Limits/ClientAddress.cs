using System.Net;
using System.Net.Sockets;

namespace Forbedring.Api.Http.Limits;

/// <summary>The key a signed-out caller is counted under: its address as the server sees it.</summary>
internal static class ClientAddress
{
    /// <summary>Without a connection address (in-process test servers) every caller shares this key.</summary>
    public const string Unknown = "unknown";

    public static string Of(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
            return Unknown;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        // One IPv6 host usually owns a whole /64 and can pick a fresh address per request: count the /64.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
