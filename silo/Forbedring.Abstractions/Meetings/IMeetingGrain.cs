using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Meetings;

/// <summary>One meeting (samling) of a learning network, keyed by its id.</summary>
[Alias("Forbedring.IMeetingGrain")]
public interface IMeetingGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<MeetingView?> Get();

    /// <summary>Plans the meeting in its network; refused when the network is unknown or an invited service is not in it.</summary>
    [Alias("Create")] Task<Result<MeetingView>> Create(MeetingInput input, Actor actor);
}
