using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Memberships;
using Forbedring.Domain.Networks;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Catalog;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Networks;

public sealed class NetworkGrain(
    [PersistentState("network", ForbedringSilo.StorageName)] IPersistentState<NetworkState> state,
    CatalogStore catalog,
    TimeProvider time) : Grain, INetworkGrain
{
    private NetworkState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<NetworkView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("Network", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "Network", s => s.Exists, () => catalog.UpsertAsync(CatalogKind.Network, new CatalogEntry(Id, S.Name, S.Archived)));

    public async Task<Result<NetworkView>> Create(NetworkInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Nettverket «{Id}»", $"Network '{Id}'");
        var check = NetworkRules.Validate(input);
        if (check.Failed)
            return Result<NetworkView>.Failure(check.Errors);

        S.Exists = true;
        S.Created = Stamp.Of(actor, time.GetUtcNow());
        Apply(input);
        // The creator facilitates, when the creator is a person here (a system or unknown caller is not).
        if (await GrainFactory.GetGrain<IPersonGrain>(actor.PersonId).Get() is not null)
            S.Members.Add(new NetworkMembership(actor.PersonId, NetworkRole.Facilitator, Clock.Today(time), null));
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> Update(NetworkInput input, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = NetworkRules.Validate(input).Version("expectedVersion", expectedVersion, S.Version);
        if (S.Archived) check.Add(Errors.Archived("id"));
        if (check.Failed)
            return Result<NetworkView>.Failure(check.Errors);
        Apply(input);
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> SetArchived(bool archived, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        S.Archived = archived;
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> AddService(string serviceId, DateOnly? joined, Actor actor)
    {
        if (Writable() is { } refused) return refused;
        if (await GrainFactory.GetGrain<IServiceGrain>(serviceId).Get() is null)
            return Errors.NotFound("serviceId", "tjeneste", "service", serviceId);
        if (S.Services.Any(s => s.ServiceId == serviceId && s.Left is null))
            return Errors.Duplicate("serviceId", "Tjenesten er allerede med i nettverket", "The service is already in the network");

        S.Services.Add(new NetworkServiceLink(serviceId, joined ?? Clock.Today(time), null));
        var result = await SaveAsync();
        await GrainFactory.GetGrain<IServiceGrain>(serviceId).LinkNetwork(Id, true);
        return result;
    }

    public async Task<Result<NetworkView>> RemoveService(string serviceId, DateOnly? left, Actor actor)
    {
        if (Writable() is { } refused) return refused;
        var index = S.Services.FindIndex(s => s.ServiceId == serviceId && s.Left is null);
        if (index < 0)
            return Errors.NotFound("serviceId", "aktiv tjeneste i nettverket", "active service in the network", serviceId);
        var link = S.Services[index];
        var end = left ?? Clock.Today(time);
        if (end < link.Joined)
            return Errors.DatesOutOfOrder("left", "joined");

        S.Services[index] = link with { Left = end };
        var result = await SaveAsync();
        await GrainFactory.GetGrain<IServiceGrain>(serviceId).LinkNetwork(Id, false);
        return result;
    }

    public async Task<Result<NetworkView>> AddMember(string personId, NetworkRole role, DateOnly? joined, Actor actor)
    {
        if (Writable() is { } refused) return refused;
        if (await GrainFactory.GetGrain<IPersonGrain>(personId).Get() is null)
            return Errors.NotFound("personId", "person", "person", personId);
        if (S.Members.Any(m => m.PersonId == personId && m.Role == role && m.Left is null))
            return Errors.Duplicate("personId", "Personen har allerede denne rollen i nettverket", "The person already has this role in the network");

        S.Members.Add(new NetworkMembership(personId, role, joined ?? Clock.Today(time), null));
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> RemoveMember(string personId, DateOnly? left, Actor actor)
    {
        if (Writable() is { } refused) return refused;
        if (MembershipRules.EndAll(S.Members, personId, left ?? Clock.Today(time), "left", "joined") is { } error)
            return error;
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> RegisterMeeting(string meetingId)
    {
        if (Writable() is { } refused) return refused;
        if (S.MeetingIds.Contains(meetingId))
            return View();
        S.MeetingIds.Add(meetingId);
        return await SaveAsync();
    }

    public async Task<Result<NetworkView>> RegisterArea(string areaId, string serviceId)
    {
        if (Writable() is { } refused) return refused;
        if (!S.Services.Any(s => s.ServiceId == serviceId && s.Left is null))
            return Errors.Invalid("serviceId", "Tjenesten er ikke med i nettverket.", "The service is not in the network.");
        if (!S.AreaIds.Contains(areaId))
        {
            S.AreaIds.Add(areaId);
            return await SaveAsync();
        }
        return View();
    }

    private void Apply(NetworkInput input)
    {
        S.Name = input.Name.Trim();
        S.Theme = Trimmed(input.Theme);
        S.Description = Trimmed(input.Description);
        S.StartDate = input.StartDate;
        S.EndDate = input.EndDate;
        S.FocusAreas = NetworkRules.FocusAreas(input.FocusAreas, S.FocusAreas).ToList();
        S.StalledAfterWeeks = input.StalledAfterWeeks ?? (S.StalledAfterWeeks > 0 ? S.StalledAfterWeeks : NetworkRules.DefaultStalledAfterWeeks);
    }

    private async Task<Result<NetworkView>> SaveAsync()
    {
        S.Version++;
        await state.SaveOrForgetAsync(this);
        await catalog.UpsertAsync(CatalogKind.Network, new CatalogEntry(Id, S.Name, S.Archived));
        return View();
    }

    private Result<NetworkView>? Missing() =>
        S.Exists ? null : Result<NetworkView>.Failure(Errors.NotFound("id", "nettverk", "network", Id));

    private Result<NetworkView>? Writable() =>
        Missing() ?? (S.Archived ? Result<NetworkView>.Failure(Errors.Archived("id")) : null);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private NetworkView View() => new(
        Id, S.Name, S.Theme, S.Description, S.StartDate, S.EndDate, S.FocusAreas.ToList(), S.Services.ToList(),
        S.Members.ToList(), S.AreaIds.ToList(), S.Archived, S.StalledAfterWeeks, S.Version, S.Created!, S.MeetingIds.ToList());
}
