using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Domain.Meetings;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Meetings;

public sealed class MeetingGrain(
    [PersistentState("meeting", ForbedringSilo.StorageName)] IPersistentState<MeetingGrainState> state,
    TimeProvider time) : Grain, IMeetingGrain
{
    private MeetingGrainState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<MeetingView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<Result<MeetingView>> Create(MeetingInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Samlingen «{Id}»", $"Meeting '{Id}'");
        var check = MeetingRules.Validate(input);
        var network = string.IsNullOrWhiteSpace(input.NetworkId) ? null : await GrainFactory.GetGrain<INetworkGrain>(input.NetworkId).Get();
        if (network is null)
            check.Add(Errors.NotFound("networkId", "nettverk", "network", input.NetworkId ?? ""));
        var active = network?.Services.Where(s => s.Left is null).Select(s => s.ServiceId).ToList() ?? [];
        var invited = input.InvitedServiceIds is { Count: > 0 } chosen ? chosen.Distinct().ToList() : active;
        foreach (var serviceId in invited.Where(id => network is not null && !active.Contains(id)))
            check.Add(Errors.Invalid("invitedServiceIds", $"Tjenesten «{serviceId}» er ikke med i nettverket.", $"The service '{serviceId}' is not in the network."));
        if (check.Failed)
            return Result<MeetingView>.Failure(check.Errors);

        var registered = await GrainFactory.GetGrain<INetworkGrain>(network!.Id).RegisterMeeting(Id);
        if (!registered.Succeeded)
            return Result<MeetingView>.Failure(registered.Errors);

        S.Exists = true;
        S.NetworkId = network.Id;
        S.Title = input.Title.Trim();
        S.StartsAt = input.StartsAt;
        S.EndsAt = input.EndsAt;
        S.Place = Blank(input.Place);
        S.VideoLink = Blank(input.VideoLink);
        S.Agenda = Blank(input.Agenda);
        S.State = MeetingState.Planned;
        S.InvitedServiceIds = invited;
        S.Version = 1;
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        await state.SaveOrForgetAsync(this);
        return View();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private MeetingView View() => new(Id, S.NetworkId, S.Title, S.StartsAt, S.EndsAt, S.Place, S.VideoLink, S.Agenda, S.State,
        S.InvitedServiceIds.ToList(), S.Version, S.Created!);
}
