namespace Forbedring.Abstractions.Reports;

/// <summary>
/// A status report's id, which is also its grain key: the meeting's id and the service's id joined by
/// <c>|</c>. Entity ids never hold a <c>|</c> (Domain/Ids), so the two parts always come apart again.
/// </summary>
public static class StatusReportKey
{
    public const char Separator = '|';

    public static string Of(string meetingId, string serviceId) => $"{meetingId}{Separator}{serviceId}";

    public static (string MeetingId, string ServiceId) Parse(string key)
    {
        var at = key.IndexOf(Separator);
        return at < 0 ? (key, "") : (key[..at], key[(at + 1)..]);
    }
}
