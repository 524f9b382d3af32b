using Forbedring.Abstractions.Areas;

namespace Forbedring.Domain.Areas;

/// <summary>
/// Which status changes an improvement area may make. The rules keep the history honest (an area
/// does not jump from idea to sustaining without having been tested) yet let a team step back:
/// <list type="bullet">
/// <item>On the open line Idea → Chosen → Testing → Implementing → Sustaining → Closed an area moves one step forward or one step back
/// (so Closed may be reopened to Sustaining).</item>
/// <item>Any open status (Idea … Sustaining) may become Stalled or Abandoned.</item>
/// <item>Stalled resumes to the status it stalled from, or is abandoned.</item>
/// <item>Abandoned may be taken up again only as a new Idea.</item>
/// <item>A change to the same status is no change and is refused.</item>
/// </list>
/// </summary>
public static class AreaStatusRules
{
    private static readonly AreaStatus[] Line =
        [AreaStatus.Idea, AreaStatus.Chosen, AreaStatus.Testing, AreaStatus.Implementing, AreaStatus.Sustaining, AreaStatus.Closed];

    public static bool IsOpen(AreaStatus status) => status is >= AreaStatus.Idea and <= AreaStatus.Sustaining;

    /// <param name="stalledFrom">The status the area had before it stalled (only read when <paramref name="from"/> is Stalled).</param>
    public static bool CanChange(AreaStatus from, AreaStatus to, AreaStatus? stalledFrom = null)
    {
        if (from == to)
            return false;
        switch (from)
        {
            case AreaStatus.Stalled:
                return to == AreaStatus.Abandoned || to == (stalledFrom is { } s && IsOpen(s) ? s : AreaStatus.Idea);
            case AreaStatus.Abandoned:
                return to == AreaStatus.Idea;
        }
        if (to is AreaStatus.Stalled or AreaStatus.Abandoned)
            return IsOpen(from);
        var step = Array.IndexOf(Line, to) - Array.IndexOf(Line, from);
        return step is 1 or -1;
    }

    /// <summary>The statuses an area may move to next, for the UI to offer.</summary>
    public static IReadOnlyList<AreaStatus> Next(AreaStatus from, AreaStatus? stalledFrom = null) =>
        Enum.GetValues<AreaStatus>().Where(to => CanChange(from, to, stalledFrom)).ToList();
}
