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

    public async Task<bool> ClaimAdministrator(string email)
    {
        if (state.State.FirstAdministrator is not null)
            return false;
        state.State.FirstAdministrator = email;
        await state.WriteStateAsync();
        return true;
    }

    public Task<bool> HasAdministrator() => Task.FromResult(state.State.FirstAdministrator is not null);

    private InstallationInfo Info() =>
        new(state.State.FirstStartedAt, state.State.LastStartedAt, state.State.Starts, state.State.Release, state.State.DemoNetworkId);
}
