using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Networks;

/// <summary>One learning network, keyed by its id.</summary>
[Alias("Forbedring.INetworkGrain")]
public interface INetworkGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<NetworkView?> Get();
    [Alias("Create")] Task<Result<NetworkView>> Create(NetworkInput input, Actor actor);
    [Alias("Update")] Task<Result<NetworkView>> Update(NetworkInput input, int expectedVersion, Actor actor);
    [Alias("SetArchived")] Task<Result<NetworkView>> SetArchived(bool archived, Actor actor);
    [Alias("AddService")] Task<Result<NetworkView>> AddService(string serviceId, DateOnly? joined, Actor actor);
    [Alias("RemoveService")] Task<Result<NetworkView>> RemoveService(string serviceId, DateOnly? left, Actor actor);
    [Alias("AddMember")] Task<Result<NetworkView>> AddMember(string personId, NetworkRole role, DateOnly? joined, Actor actor);
    [Alias("RemoveMember")] Task<Result<NetworkView>> RemoveMember(string personId, DateOnly? left, Actor actor);

    /// <summary>Called by an improvement area when it is created in this network.</summary>
    [Alias("RegisterArea")] Task<Result<NetworkView>> RegisterArea(string areaId, string serviceId);

    /// <summary>Called by a meeting when it is planned in this network.</summary>
    [Alias("RegisterMeeting")] Task<Result<NetworkView>> RegisterMeeting(string meetingId);
}
