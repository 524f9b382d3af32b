using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Reports;

namespace Forbedring.Grains.Reports;

public sealed class StatusReportState
{
    public bool Exists { get; set; }
    public string NetworkId { get; set; } = "";
    public StatusReportContent Content { get; set; } = new(null, [], null, [], null, null, null);
    public Stamp? Submitted { get; set; }

    /// <summary>The meeting's start when the report was last saved, so a view needs no call to the meeting to say «on time».</summary>
    public DateTimeOffset MeetingStarts { get; set; }

    public int Version { get; set; }
    public Stamp? Created { get; set; }
    public Stamp? Updated { get; set; }
}
