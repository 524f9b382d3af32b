using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain;
using Forbedring.Domain.Memberships;
using Forbedring.Domain.Services;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Catalog;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.Services;

public sealed class ServiceGrain(
    [PersistentState("service", ForbedringSilo.StorageName)] IPersistentState<ServiceState> state,
    CatalogStore catalog,
    TimeProvider time) : Grain, IServiceGrain
{
    private ServiceState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<ServiceView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("Service", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "Service", s => s.Exists, () => catalog.UpsertAsync(CatalogKind.Service, new CatalogEntry(Id, S.Name, false)));

    public async Task<Result<ServiceView>> Create(ServiceInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Tjenesten «{Id}»", $"Service '{Id}'");
        var check = ServiceRules.Validate(input);
        if (check.Failed)
            return Result<ServiceView>.Failure(check.Errors);
        S.Exists = true;
        Apply(input);
        return await SaveAsync();
    }

    public async Task<Result<ServiceView>> Update(ServiceInput input, int expectedVersion, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        var check = ServiceRules.Validate(input).Version("expectedVersion", expectedVersion, S.Version);
        if (check.Failed)
            return Result<ServiceView>.Failure(check.Errors);
        Apply(input);
        return await SaveAsync();
    }

    public async Task<Result<ServiceView>> AddMember(string personId, ServiceRole role, DateOnly? since, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        if (await GrainFactory.GetGrain<IPersonGrain>(personId).Get() is null)
            return Errors.NotFound("personId", "person", "person", personId);
        if (S.Members.Any(m => m.PersonId == personId && m.Role == role && m.Until is null))
            return Errors.Duplicate("personId", "Personen har allerede denne rollen i tjenesten", "The person already has this role in the service");
        S.Members.Add(new ServiceMembership(personId, role, since ?? Clock.Today(time), null));
        return await SaveAsync();
    }

    public async Task<Result<ServiceView>> EndMembership(string personId, DateOnly? until, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        if (MembershipRules.EndAll(S.Members, personId, until ?? Clock.Today(time), "until", "since") is { } error)
            return error;
        return await SaveAsync();
    }

    public async Task<Result<ServiceView>> ChangeRole(string personId, ServiceRole role, DateOnly? on, Actor actor)
    {
        if (Missing() is { } missing) return missing;
        if (S.Members.Any(m => m.PersonId == personId && m.Role == role && m.Until is null))
            return Errors.Duplicate("role", "Personen har allerede denne rollen i tjenesten", "The person already has this role in the service");
        var day = on ?? Clock.Today(time);
        // Ends in place only when it refuses nothing; the new role is added before the one write.
        if (MembershipRules.EndAll(S.Members, personId, day, "from", "from") is { } error)
            return error;
        S.Members.Add(new ServiceMembership(personId, role, day, null));
        return await SaveAsync();
    }

    public async Task LinkNetwork(string networkId, bool linked)
    {
        var changed = linked ? AddOnce(S.NetworkIds, networkId) : S.NetworkIds.Remove(networkId);
        if (changed)
            await state.SaveOrForgetAsync(this);
    }

    public async Task LinkArea(string areaId)
    {
        if (AddOnce(S.AreaIds, areaId))
            await state.SaveOrForgetAsync(this);
    }

    private static bool AddOnce(List<string> list, string id)
    {
        if (list.Contains(id)) return false;
        list.Add(id);
        return true;
    }

    private void Apply(ServiceInput input)
    {
        S.Name = input.Name.Trim();
        S.Kind = string.IsNullOrWhiteSpace(input.Kind) ? null : input.Kind.Trim();
        S.Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim();
    }

    private async Task<Result<ServiceView>> SaveAsync()
    {
        S.Version++;
        await state.SaveOrForgetAsync(this);
        await catalog.UpsertAsync(CatalogKind.Service, new CatalogEntry(Id, S.Name, false));
        return View();
    }

    private Result<ServiceView>? Missing() => S.Exists ? null : Result<ServiceView>.Failure(Errors.NotFound("id", "tjeneste", "service", Id));

    private ServiceView View() =>
        new(Id, S.Name, S.Kind, S.Organisation, S.Members.ToList(), S.NetworkIds.ToList(), S.AreaIds.ToList(), S.Version);
}
