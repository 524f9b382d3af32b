using Orleans.Concurrency;
using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Meetings;

/// <summary>
/// One meeting (samling) of a learning network, keyed by its id. Its details and state are grain
/// state; attendance (with its history), action items and the minutes it was closed with are table
/// rows of their own.
/// </summary>
[Alias("Forbedring.IMeetingGrain")]
public interface IMeetingGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    /// <remarks>
    /// Interleaves: it only copies the state, and what the meeting asks while it closes (the reports, whose «on time»
    /// is judged against the meeting's start) asks it back.
    /// </remarks>
    [AlwaysInterleave, Alias("Get")] Task<MeetingView?> Get();

    /// <summary>Plans the meeting in its network; refused when the network is unknown or an invited service is not in it.</summary>
    [Alias("Create")] Task<Result<MeetingView>> Create(MeetingInput input, Actor actor);

    /// <summary>Edits every detail; refused with CHANGED_BY_SOMEONE_ELSE when saved since <paramref name="expectedVersion"/>, and while closed.</summary>
    [Alias("Update")] Task<Result<MeetingView>> Update(MeetingDetails details, int expectedVersion, Actor actor);

    /// <summary>Planned → open. Opening an open meeting changes nothing.</summary>
    [Alias("Open")] Task<Result<MeetingView>> Open(int? expectedVersion, Actor actor);

    /// <summary>Open → closed: fixes the content and the minutes as they are now. Closing a closed meeting changes nothing.</summary>
    [Alias("Close")] Task<Result<MeetingView>> Close(int? expectedVersion, Actor actor);

    /// <summary>Closed → open, so the content can be corrected. Reopening an open meeting changes nothing.</summary>
    [Alias("Reopen")] Task<Result<MeetingView>> Reopen(int? expectedVersion, Actor actor);

    /// <summary>The people invited: on the meeting's day, members of the invited services, and the network's facilitators and participants.</summary>
    [Alias("GetInvited")] Task<IReadOnlyList<Invitee>> GetInvited();

    /// <summary>Everyone recorded, each with their history.</summary>
    [Alias("GetAttendance")] Task<IReadOnlyList<Attendance>> GetAttendance();

    /// <summary>Records (or corrects) one person's attendance; the record it replaces stays in the history.</summary>
    [Alias("RecordAttendance")] Task<Result<Attendance>> RecordAttendance(AttendanceInput input, Actor actor);

    [Alias("GetActionItems")] Task<IReadOnlyList<ActionItem>> GetActionItems();

    [Alias("AddActionItem")] Task<Result<ActionItem>> AddActionItem(ActionItemInput input, Actor actor);

    /// <summary>Marks an action item done (or not done again). Allowed after the meeting is closed: that is when the work happens.</summary>
    [Alias("CompleteActionItem")] Task<Result<ActionItem>> CompleteActionItem(string actionItemId, bool done, Actor actor);

    /// <summary>The minutes as Markdown: built from the meeting as it is now, or, once closed, as it was closed.</summary>
    [Alias("GetMinutes")] Task<MeetingMinutes?> GetMinutes();
}
