using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Services;

[Alias("Forbedring.IServiceGrain")]
public interface IServiceGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<ServiceView?> Get();
    [Alias("Create")] Task<Result<ServiceView>> Create(ServiceInput input, Actor actor);
    [Alias("Update")] Task<Result<ServiceView>> Update(ServiceInput input, int expectedVersion, Actor actor);
    [Alias("AddMember")] Task<Result<ServiceView>> AddMember(string personId, ServiceRole role, DateOnly? since, Actor actor);
    [Alias("EndMembership")] Task<Result<ServiceView>> EndMembership(string personId, DateOnly? until, Actor actor);

    /// <summary>
    /// A new role in one step: the person's open memberships end on the date and one with the role
    /// starts the same day, in one write, so they are never left without one (or with both open).
    /// </summary>
    [Alias("ChangeRole")] Task<Result<ServiceView>> ChangeRole(string personId, ServiceRole role, DateOnly? on, Actor actor);

    /// <summary>Index links kept by the network and area grains, which own the relation.</summary>
    [Alias("LinkNetwork")] Task LinkNetwork(string networkId, bool linked);
    [Alias("LinkArea")] Task LinkArea(string areaId);
}
