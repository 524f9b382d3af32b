using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Meetings;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;
using Forbedring.Grains.Transfer;
using Forbedring.Abstractions.Transfer;

namespace Forbedring.Grains.Meetings;

/// <summary>
/// A samling: its details and state as grain state; attendance, action items and the minutes it was
/// closed with as rows (<see cref="MeetingRowStore"/>), read once per activation and kept in memory.
/// Every change is checked in full before anything is written.
/// </summary>
public sealed class MeetingGrain(
    [PersistentState("meeting", ForbedringSilo.StorageName)] IPersistentState<MeetingGrainState> state,
    MeetingRowStore store,
    TimeProvider time) : Grain, IMeetingGrain
{
    private MeetingRows? rows;

    private MeetingGrainState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private DateOnly Day => Clock.DayOf(S.StartsAt);

    public Task<MeetingView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<TransferRecord?> ExportState() =>
        S.Exists ? StateJson.Export("Meeting", Id, S, await store.ExportAsync(Id)) : null;

    /// <summary>Rows first: a meeting whose state exists always has its rows. Its network lists it already (the network's record names it).</summary>
    public async Task<Result<bool>> ImportState(TransferRecord record)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"«{record.Id}»", $"'{record.Id}'");
        await store.ImportAsync(Id, record.Rows);
        rows = null;
        return await state.ImportAsync(this, record, "Meeting", s => s.Exists);
    }

    public async Task<Result<MeetingView>> Create(MeetingInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Samlingen «{Id}»", $"Meeting '{Id}'");
        var check = MeetingRules.Validate(input);
        var network = string.IsNullOrWhiteSpace(input.NetworkId) ? null : await GrainFactory.GetGrain<INetworkGrain>(input.NetworkId).Get();
        if (network is null)
            check.Add(Errors.NotFound("networkId", "nettverk", "network", input.NetworkId ?? ""));
        else if (network.Archived)
            check.Add(Errors.Archived("networkId"));
        var invited = Invited(check, network, input.InvitedServiceIds, []);
        if (check.Failed)
            return Result<MeetingView>.Failure(check.Errors);

        var registered = await GrainFactory.GetGrain<INetworkGrain>(network!.Id).RegisterMeeting(Id);
        if (!registered.Succeeded)
            return Result<MeetingView>.Failure(registered.Errors);

        S.Exists = true;
        S.NetworkId = network.Id;
        S.State = MeetingState.Planned;
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        Apply(input.Details, invited);
        return await SaveAsync();
    }

    public async Task<Result<MeetingView>> Update(MeetingDetails details, int expectedVersion, Actor actor)
    {
        if (Missing("id") is { } missing) return missing;
        var check = MeetingRules.Validate(details).Version("expectedVersion", expectedVersion, S.Version);
        var network = await WritableAsync(check, "id");
        // Services invited before may stay invited after they have left the network; new ones must be in it.
        var invited = details.InvitedServiceIds is null ? S.InvitedServiceIds : Invited(check, network, details.InvitedServiceIds, S.InvitedServiceIds);
        if (check.Failed)
            return Result<MeetingView>.Failure(check.Errors);
        Apply(details, invited);
        return await SaveAsync();
    }

    public Task<Result<MeetingView>> Open(int? expectedVersion, Actor actor) => ChangeStateAsync(MeetingStep.Open, expectedVersion, actor);

    public Task<Result<MeetingView>> Close(int? expectedVersion, Actor actor) => ChangeStateAsync(MeetingStep.Close, expectedVersion, actor);

    public Task<Result<MeetingView>> Reopen(int? expectedVersion, Actor actor) => ChangeStateAsync(MeetingStep.Reopen, expectedVersion, actor);

    public async Task<IReadOnlyList<Invitee>> GetInvited() =>
        S.Exists && await GrainFactory.GetGrain<INetworkGrain>(S.NetworkId).Get() is { } network ? await InviteesAsync(network) : [];

    public async Task<IReadOnlyList<Attendance>> GetAttendance()
    {
        if (!S.Exists)
            return [];
        var loaded = await RowsAsync();
        return loaded.Current.Values.Select(r => AttendanceView(loaded, r)).OrderBy(a => a.Recorded.At).ToList();
    }

    public async Task<Result<Attendance>> RecordAttendance(AttendanceInput input, Actor actor)
    {
        if (Missing("meetingId") is { } missing) return missing;
        var check = new Check();
        var network = await WritableAsync(check, "meetingId", closedRefused: false);
        var invited = network is null ? [] : await InviteesAsync(network);
        if (!string.IsNullOrWhiteSpace(input.PersonId) && await GrainFactory.GetGrain<IPersonGrain>(input.PersonId).Get() is null)
            check.Add(Errors.NotFound("personId", "person", "person", input.PersonId));
        else
            check.AddRange(AttendanceRules.Validate(input, S.State, invited).Errors);
        var loaded = await RowsAsync();
        if (!(input.PersonId is { } id && loaded.Current.ContainsKey(id)) && loaded.Current.Count >= AttendanceRules.MaxRecorded)
            check.Add(Errors.TooMany("personId", AttendanceRules.MaxRecorded));
        if (check.Failed)
            return Result<Attendance>.Failure(check.Errors.DistinctBy(e => (e.Field, e.Code)).ToList());

        var substitute = string.IsNullOrWhiteSpace(input.SubstituteForPersonId) ? null : input.SubstituteForPersonId.Trim();
        var record = new StoredAttendance(input.PersonId, input.Status, substitute, input.Guest, Stamp.Of(actor, time.GetUtcNow()), default);
        await WriteRowsAsync(() => store.RecordAsync(Id, loaded, record));
        // Tells the meeting's open screens (one-way: recording never waits for them).
        GrainFactory.GetGrain<IMeetingEventsGrain>(Id)
            .Publish(new MeetingEvent(MeetingEventKind.AttendanceRecorded, Id, record.Recorded.At, actor, input.PersonId)).Ignore();
        return AttendanceView(loaded, loaded.Current[input.PersonId]);
    }

    public async Task<IReadOnlyList<ActionItem>> GetActionItems() =>
        S.Exists ? (await RowsAsync()).Items.Values.Select(i => i.Item).OrderBy(i => i.Created.At).ToList() : [];

    public async Task<Result<ActionItem>> AddActionItem(ActionItemInput input, Actor actor)
    {
        if (Missing("meetingId") is { } missing) return missing;
        var check = MeetingRules.Validate(input, Day);
        var network = await WritableAsync(check, "meetingId");
        var loaded = await RowsAsync();
        if (!string.IsNullOrWhiteSpace(input.AssigneeId))
        {
            // Someone the meeting knows: invited to it, or recorded at it (a substitute, a guest).
            if (await GrainFactory.GetGrain<IPersonGrain>(input.AssigneeId).Get() is null)
                check.Add(Errors.NotFound("assigneeId", "person", "person", input.AssigneeId));
            else if (!loaded.Current.ContainsKey(input.AssigneeId) && network is not null
                     && (await InviteesAsync(network)).All(i => i.PersonId != input.AssigneeId))
                check.Add(Errors.Invalid("assigneeId",
                    "Den ansvarlige må være invitert til samlingen eller registrert på den.",
                    "The person responsible must be invited to the meeting or recorded at it."));
        }
        if (loaded.Items.Count >= MeetingRules.MaxActionItems)
            check.Add(Errors.TooMany("meetingId", MeetingRules.MaxActionItems));
        if (check.Failed)
            return Result<ActionItem>.Failure(check.Errors);

        var item = new ActionItem(Ids.New("action"), Id, S.NetworkId, input.What.Trim(), input.AssigneeId, input.Due, false,
            Stamp.Of(actor, time.GetUtcNow()), null);
        await WriteRowsAsync(() => store.AddActionItemAsync(loaded, item));
        return item;
    }

    public async Task<Result<ActionItem>> CompleteActionItem(string actionItemId, bool done, Actor actor)
    {
        if (Missing("meetingId") is { } missing) return missing;
        var check = new Check();
        // Action items are done between meetings, so a closed meeting's items can still be completed.
        await WritableAsync(check, "meetingId", closedRefused: false);
        var loaded = await RowsAsync();
        if (!loaded.Items.TryGetValue(actionItemId ?? "", out var stored))
            check.Add(Errors.NotFound("actionItemId", "oppfølgingspunkt", "action item", actionItemId ?? ""));
        if (check.Failed)
            return Result<ActionItem>.Failure(check.Errors);
        if (stored!.Item.Done == done)
            return stored.Item;

        var item = stored.Item with { Done = done, DoneChanged = Stamp.Of(actor, time.GetUtcNow()) };
        await WriteRowsAsync(() => store.ReplaceActionItemAsync(loaded, stored, item));
        return item;
    }

    public async Task<MeetingMinutes?> GetMinutes()
    {
        if (!S.Exists)
            return null;
        if (S.State == MeetingState.Closed && (await RowsAsync()).Minutes is { } closed)
            return closed;
        return await BuildMinutesAsync(View(), fix: false);
    }

    private async Task<Result<MeetingView>> ChangeStateAsync(MeetingStep step, int? expectedVersion, Actor actor)
    {
        if (Missing("id") is { } missing) return missing;
        var check = new Check().Version("expectedVersion", expectedVersion, S.Version);
        var after = MeetingRules.After(S.State, step);
        if (after is null)
            check.Add(MeetingErrors.StateChange("id", S.State, step));
        await WritableAsync(check, "id", closedRefused: false);
        if (check.Failed)
            return Result<MeetingView>.Failure(check.Errors);
        if (S.State == after)
            return View();
        var to = after!.Value;

        if (to == MeetingState.Closed)
        {
            // The minutes are fixed as they are now: written before the state says closed, so a closed
            // meeting always has them (a failure in between leaves an open meeting and unused minutes).
            var closed = Stamp.Of(actor, time.GetUtcNow());
            var minutes = await BuildMinutesAsync(View() with { State = MeetingState.Closed, Closed = closed }, fix: true);
            if (!MeetingRowStore.Fits(minutes))
                return Errors.Invalid("id", "Referatet er for stort til å lagres.", "The minutes are too large to be stored.");
            var loaded = await RowsAsync();
            await WriteRowsAsync(() => store.SaveMinutesAsync(Id, loaded, minutes));
            S.Closed = closed;
        }
        else
        {
            S.Closed = null;
        }
        S.State = to;
        return await SaveAsync();
    }

    private async Task<MeetingMinutes> BuildMinutesAsync(MeetingView view, bool fix)
    {
        var network = await GrainFactory.GetGrain<INetworkGrain>(view.NetworkId).Get();
        var services = await InvitedServicesAsync(view.InvitedServiceIds);
        var invited = network is null ? [] : Invitations.Of(Day, network, services);
        var loaded = await RowsAsync();
        var attendance = loaded.Current.Values.Select(r => AttendanceView(loaded, r)).ToList();
        var items = loaded.Items.Values.Select(i => i.Item).ToList();
        var personIds = invited.Select(i => i.PersonId)
            .Concat(attendance.Select(a => a.PersonId))
            .Concat(attendance.Select(a => a.SubstituteForPersonId).OfType<string>())
            .Concat(items.Select(i => i.AssigneeId))
            .Distinct();
        var people = (await Task.WhenAll(personIds.Select(id => GrainFactory.GetGrain<IPersonGrain>(id).Get()))).OfType<PersonView>();
        var input = new MinutesInput(view, network?.Name ?? "", services.ToDictionary(s => s.Id, s => s.Name),
            people.ToDictionary(p => p.Id, p => p.Name), invited, attendance, items);
        return new MeetingMinutes(MinutesBuilder.Build(input, MinutesLanguage.Bokmal), MinutesBuilder.Build(input, MinutesLanguage.English), fix);
    }

    /// <summary>The services to invite: those chosen (each in the network now, or invited already), else every service in the network now.</summary>
    private static List<string> Invited(Check check, NetworkView? network, IReadOnlyList<string>? chosen, IReadOnlyList<string> already)
    {
        var active = network?.Services.Where(s => s.Left is null).Select(s => s.ServiceId).ToList() ?? [];
        var invited = chosen is { Count: > 0 } ? chosen.Distinct().ToList() : active;
        foreach (var serviceId in invited.Where(id => network is not null && !active.Contains(id) && !already.Contains(id)))
            check.Add(Errors.Invalid("invitedServiceIds", $"Tjenesten «{serviceId}» er ikke med i nettverket.", $"The service '{serviceId}' is not in the network."));
        return invited;
    }

    private async Task<IReadOnlyList<Invitee>> InviteesAsync(NetworkView network) =>
        Invitations.Of(Day, network, await InvitedServicesAsync(S.InvitedServiceIds));

    private async Task<IReadOnlyList<ServiceView>> InvitedServicesAsync(IEnumerable<string> ids) =>
        (await Task.WhenAll(ids.Distinct().Select(id => GrainFactory.GetGrain<IServiceGrain>(id).Get()))).OfType<ServiceView>().ToList();

    /// <summary>The network, with a refusal added when it is archived (or, unless allowed, when the meeting is closed).</summary>
    private async Task<NetworkView?> WritableAsync(Check check, string field, bool closedRefused = true)
    {
        if (closedRefused && S.State == MeetingState.Closed)
            check.Add(MeetingErrors.Closed(field));
        var network = await GrainFactory.GetGrain<INetworkGrain>(S.NetworkId).Get();
        if (network is { Archived: true })
            check.Add(Errors.Archived(field));
        return network;
    }

    private void Apply(MeetingDetails details, IReadOnlyList<string> invited)
    {
        S.Title = details.Title.Trim();
        S.StartsAt = details.StartsAt;
        S.EndsAt = details.EndsAt;
        S.Place = Blank(details.Place);
        S.VideoLink = Blank(details.VideoLink);
        S.Agenda = Blank(details.Agenda);
        S.InvitedServiceIds = invited.ToList();
    }

    private async Task<Result<MeetingView>> SaveAsync()
    {
        S.Version++;
        await state.SaveOrForgetAsync(this);
        return View();
    }

    private async Task<MeetingRows> RowsAsync() => rows ??= await store.LoadAsync(Id);

    private async Task WriteRowsAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            // What is in memory may no longer match the table: read it again on the next call.
            rows = null;
            DeactivateOnIdle();
            throw;
        }
    }

    private UserError? Missing(string field) => S.Exists ? null : Errors.NotFound(field, "samling", "meeting", Id);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Attendance AttendanceView(MeetingRows loaded, StoredAttendance r) => new(
        r.PersonId, r.Status, r.SubstituteForPersonId, r.Guest, r.Recorded,
        loaded.History.TryGetValue(r.PersonId, out var history) ? history.ToList() : []);

    private MeetingView View() => new(Id, S.NetworkId, S.Title, S.StartsAt, S.EndsAt, S.Place, S.VideoLink, S.Agenda, S.State,
        S.InvitedServiceIds.ToList(), S.Version, S.Created!, S.Closed);
}
