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

    /// <summary>Index links kept by the network and area grains, which own the relation.</summary>
    [Alias("LinkNetwork")] Task LinkNetwork(string networkId, bool linked);
    [Alias("LinkArea")] Task LinkArea(string areaId);
}
