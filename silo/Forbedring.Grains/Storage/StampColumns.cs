using Azure.Data.Tables;
using Forbedring.Abstractions.Common;

namespace Forbedring.Grains.Storage;

/// <summary>A <see cref="Stamp"/> in a table row: three columns <c>&lt;prefix&gt;At</c>, <c>By</c> and <c>ByName</c>.</summary>
public static class StampColumns
{
    public static void Write(TableEntity entity, string prefix, Stamp stamp)
    {
        entity[prefix + "At"] = stamp.At;
        entity[prefix + "By"] = stamp.PersonId;
        entity[prefix + "ByName"] = stamp.Name;
    }

    public static Stamp Read(TableEntity row, string prefix) => new(
        row.GetDateTimeOffset(prefix + "At") ?? DateTimeOffset.MinValue, row.GetString(prefix + "By") ?? "", row.GetString(prefix + "ByName") ?? "");
}
