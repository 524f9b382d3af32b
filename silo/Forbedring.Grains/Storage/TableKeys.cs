using System.Security.Cryptography;
using System.Text;

namespace Forbedring.Grains.Storage;

/// <summary>
/// Turns arbitrary strings into Azure Table keys. Keys may not contain / \ # ? or control
/// characters and are limited to 1 KiB, so those characters are percent-escaped (and '%' itself),
/// and over-long keys keep a readable prefix plus a hash that keeps them unique.
/// </summary>
public static class TableKeys
{
    private const int MaxKeyLength = 400;

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
                builder.Append('%').Append(((int)c).ToString("X2"));
            else
                builder.Append(c);
        }

        if (builder.Length <= MaxKeyLength)
            return builder.ToString();

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return builder.ToString(0, MaxKeyLength - hash.Length - 1) + "~" + hash;
    }

    /// <summary>
    /// A time as a key part that sorts newest first: <see cref="DateTimeOffset.MaxValue"/> ticks minus
    /// the UTC ticks, 19 digits. Tables return rows in ascending key order, so the latest comes first.
    /// </summary>
    public static string NewestFirst(DateTimeOffset at) => (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19");
}
