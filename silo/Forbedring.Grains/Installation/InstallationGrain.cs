using Forbedring.Abstractions.Installation;
using Forbedring.Grains.Hosting;

namespace Forbedring.Grains.Installation;

public sealed class InstallationGrain(
    [PersistentState("installation", ForbedringSilo.StorageName)] IPersistentState<InstallationState> state,
    TimeProvider clock) : Grain, IInstallationGrain
{
    public async Task<InstallationInfo> RecordStart(string release)
    {
        var now = clock.GetUtcNow();
        state.State.FirstStartedAt ??= now;
        state.State.LastStartedAt = now;
        state.State.Starts++;
        state.State.Release = release;
        await state.WriteStateAsync();
        return Info();
    }

    public Task<InstallationInfo> GetInfo() => Task.FromResult(Info());

    public async Task<InstallationInfo> RecordDemoLoaded(string networkId)
    {
        state.State.DemoNetworkId = networkId;
        await state.WriteStateAsync();
        return Info();
    }

    public async Task<bool> ClaimAdministrator(string personId)
    {
        if (state.State.Administrators.Count > 0)
            return false;
        state.State.Administrators.Add(personId);
        await state.WriteStateAsync();
        return true;
    }

    public Task<bool> HasAdministrator() => Task.FromResult(state.State.Administrators.Count > 0);

    public Task<bool> IsAdministrator(string personId) => Task.FromResult(state.State.Administrators.Contains(personId));

    private InstallationInfo Info() =>
        new(state.State.FirstStartedAt, state.State.LastStartedAt, state.State.Starts, state.State.Release, state.State.DemoNetworkId);
}
