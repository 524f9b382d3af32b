using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Live;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Voting;
using Forbedring.Domain;
using Forbedring.Domain.Validation;
using Forbedring.Domain.Voting;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Live;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Voting;

/// <summary>
/// The dot voting of one meeting (key = the meeting id). The round is grain state; cards and votes
/// are rows, read once per activation and counted in memory. The grain is not reentrant, so the
/// check of a person's allowance and the write of their vote happen as one step: votes sent at the
/// same instant are taken one after the other and cannot pass the allowance together (and the
/// vote's slot row guards the same limit in storage).
/// </summary>
public sealed class MeetingVotingGrain(
    [PersistentState("voting", ForbedringSilo.StorageName)] IPersistentState<MeetingVotingState> state,
    VoteStore store,
    TimeProvider time) : Grain, IMeetingVotingGrain
{
    private VotingRows? rows;

    private MeetingVotingState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<VotingView?> Get(string? viewerId) =>
        await MeetingAsync() is null ? null : View(await RowsAsync(), viewerId);

    public async Task<Result<VotingView>> Open(OpenVotingInput input, Actor actor)
    {
        if ((await ChangeableAsync()).Blocked is { } blocked)
            return blocked;
        var (settings, check) = VotingRules.Settings(input);
        if (check.Failed)
            return Result<VotingView>.Failure(check.Errors);
        if (VotingRules.CanOpen(S.State, S.Settings, settings!) is { } refused)
            return refused;
        if (S.State == VotingState.Open)
            return View(await RowsAsync(), actor.PersonId);

        S.State = VotingState.Open;
        S.Settings = settings!;
        S.Opened = Stamp.Of(actor, time.GetUtcNow());
        await state.SaveOrForgetAsync(this);
        Publish(MeetingEventKind.VotingOpened, actor, null);
        return View(await RowsAsync(), actor.PersonId);
    }

    public async Task<Result<VotingView>> Close(Actor actor)
    {
        // A voting left open when the meeting closed may still be closed: that changes no minutes.
        if (await MeetingAsync() is null)
            return MeetingNotFound();
        if (S.State == VotingState.NotOpen)
            return VotingErrors.NotOpenYet("meetingId");
        if (S.State == VotingState.Open)
        {
            S.State = VotingState.Closed;
            S.Closed = Stamp.Of(actor, time.GetUtcNow());
            await state.SaveOrForgetAsync(this);
            Publish(MeetingEventKind.VotingClosed, actor, null);
        }
        return View(await RowsAsync(), actor.PersonId);
    }

    public async Task<Result<VotingView>> ProposeCard(InsightCardInput input, Actor actor)
    {
        var (meeting, blocked) = await ChangeableAsync();
        if (blocked is not null)
            return blocked;
        var check = VotingRules.Validate(input);
        if (check.Failed)
            return Result<VotingView>.Failure(check.Errors);
        var who = await WhoAsync(meeting, actor.PersonId);
        if (!who.Participates)
            return VotingErrors.NotAParticipant("meetingId");
        var loaded = await RowsAsync();
        if (VotingRules.CanPropose(S.State, who.Facilitates, loaded.CardCount) is { } refused)
            return refused;

        var card = new StoredCard(Ids.New("card"), input.Title.Trim(), Blank(input.Description), Stamp.Of(actor, time.GetUtcNow()), false, null, null, default);
        loaded.Put(await WriteAsync(() => store.AddCardAsync(Id, card)));
        Publish(MeetingEventKind.CardAdded, actor, card.Id);
        return View(loaded, actor.PersonId);
    }

    public async Task<Result<VotingView>> CastVote(string cardId, Actor actor)
    {
        var (meeting, blocked) = await ChangeableAsync();
        if (blocked is not null)
            return blocked;
        if (!(await WhoAsync(meeting, actor.PersonId)).Participates)
            return VotingErrors.NotAParticipant("meetingId");
        var loaded = await RowsAsync();
        if (loaded.Card(cardId ?? "") is null)
            return CardNotFound(cardId);
        var mine = loaded.VotesOf(actor.PersonId);
        if (VotingRules.CanVote(S.State, S.Settings, mine.Count, mine.Count(v => v.CardId == cardId)) is { } refused)
            return refused;

        var vote = new StoredVote(actor.PersonId, loaded.FreeSlot(actor.PersonId), cardId!, Stamp.Of(actor, time.GetUtcNow()), default);
        loaded.Add(await WriteAsync(() => store.AddVoteAsync(Id, vote)));
        Publish(MeetingEventKind.VoteCast, actor, ResultsVisible ? cardId : null);
        return View(loaded, actor.PersonId);
    }

    public async Task<Result<VotingView>> WithdrawVote(string cardId, Actor actor)
    {
        if ((await ChangeableAsync()).Blocked is { } blocked)
            return blocked;
        var loaded = await RowsAsync();
        if (loaded.Card(cardId ?? "") is null)
            return CardNotFound(cardId);
        var onCard = loaded.VotesOf(actor.PersonId).Where(v => v.CardId == cardId).ToList();
        if (VotingRules.CanWithdraw(S.State, onCard.Count) is { } refused)
            return refused;

        // The latest vote goes back: the slots of the others stay as they were.
        var vote = onCard.MaxBy(v => v.Slot)!;
        await WriteAsync(async () => { await store.RemoveVoteAsync(Id, vote); return vote; });
        loaded.Remove(vote);
        Publish(MeetingEventKind.VoteWithdrawn, actor, ResultsVisible ? cardId : null);
        return View(loaded, actor.PersonId);
    }

    public async Task<Result<VotingView>> ChooseCard(ChooseCardInput input, Actor actor)
    {
        if ((await ChangeableAsync()).Blocked is { } blocked)
            return blocked;
        var check = VotingRules.Validate(input);
        if (check.Failed)
            return Result<VotingView>.Failure(check.Errors);
        var loaded = await RowsAsync();
        if (loaded.Card(input.CardId) is not { } card)
            return CardNotFound(input.CardId);
        if (VotingRules.CanChoose(S.State) is { } refused)
            return refused;

        var chosen = card with
        {
            Chosen = input.Chosen,
            ValueForPatients = input.Chosen ? Blank(input.ValueForPatients) : null,
            ChosenBy = input.Chosen ? Stamp.Of(actor, time.GetUtcNow()) : null,
        };
        loaded.Put(await WriteAsync(() => store.ReplaceCardAsync(Id, chosen)));
        Publish(MeetingEventKind.CardChosen, actor, card.Id);
        return View(loaded, actor.PersonId);
    }

    private bool ResultsVisible => VotingRules.ResultsVisible(S.State, S.Settings);

    private VotingView View(VotingRows loaded, string? viewerId)
    {
        var mine = loaded.VotesOf(viewerId);
        var visible = ResultsVisible;
        var cards = loaded.Cards.Select(c => new InsightCardView(
            c.Id, c.Title, c.Description, c.Proposed, visible ? loaded.CountOn(c.Id) : null, mine.Count(v => v.CardId == c.Id),
            c.Chosen, c.ValueForPatients, c.ChosenBy)).ToList();
        return new VotingView(Id, S.State, S.Settings, S.Opened, S.Closed, visible, loaded.VotesCast, loaded.Voters,
            VotingRules.VotesLeft(S.State, S.Settings, mine.Count), cards);
    }

    /// <summary>Tells the meeting's open screens; one-way, so the change never waits for them.</summary>
    private void Publish(MeetingEventKind kind, Actor actor, string? subjectId) =>
        GrainFactory.PublishMeetingEvent(kind, Id, actor, subjectId, time.GetUtcNow());

    private async Task<VotingRows> RowsAsync() => rows ??= await store.LoadAsync(Id);

    /// <summary>A failed write forgets the rows and the activation, so the next call reads what was really stored.</summary>
    private async Task<T> WriteAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch
        {
            rows = null;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// The meeting, or why its voting cannot change: there is no such meeting, or it is closed (its minutes are fixed
    /// until the facilitator reopens it).
    /// </summary>
    private async Task<(MeetingView Meeting, Result<VotingView>? Blocked)> ChangeableAsync() => await MeetingAsync() switch
    {
        null => (null!, MeetingNotFound()),
        { State: MeetingState.Closed } closed => (closed, Errors.MeetingClosed("meetingId")),
        var open => (open, null),
    };

    /// <summary>The chosen cards with every vote they got, for the minutes; reads no other grain, so the meeting may ask while it closes.</summary>
    public async Task<IReadOnlyList<InsightCardView>> Chosen()
    {
        var loaded = await RowsAsync();
        return loaded.Cards.Where(c => c.Chosen)
            .Select(c => new InsightCardView(c.Id, c.Title, c.Description, c.Proposed, loaded.CountOn(c.Id), 0, true, c.ValueForPatients, c.ChosenBy))
            .ToList();
    }

    /// <summary>The meeting as it is now: its invited services may change, so it is read for each change that depends on them.</summary>
    private Task<MeetingView?> MeetingAsync() => GrainFactory.GetGrain<IMeetingGrain>(Id).Get();

    /// <summary>
    /// Whether the person takes part in the meeting, and facilitates its network. Membership only:
    /// an administrator runs any voting through the api's access rule, but votes and proposes only
    /// where they take part, like everyone else.
    /// </summary>
    private async Task<(bool Participates, bool Facilitates)> WhoAsync(MeetingView meeting, string personId)
    {
        if (await GrainFactory.GetGrain<INetworkGrain>(meeting.NetworkId).Get() is not { } network)
            return (false, false);
        var services = (await Task.WhenAll(meeting.InvitedServiceIds.Select(id => GrainFactory.GetGrain<IServiceGrain>(id).Get()))).OfType<ServiceView>();
        var today = Clock.Today(time);
        return (VotingRules.IsParticipant(personId, network, services, today), VotingRules.Facilitates(personId, network, today));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Result<VotingView> MeetingNotFound() => Errors.NotFound("meetingId", "samling", "meeting", Id);

    private static Result<VotingView> CardNotFound(string? cardId) => Errors.NotFound("cardId", "innsiktskort", "insight card", cardId ?? "");
}
