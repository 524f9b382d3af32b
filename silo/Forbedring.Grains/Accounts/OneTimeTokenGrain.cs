using Forbedring.Abstractions.Accounts;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Accounts;

public sealed class OneTimeTokenState
{
    public TokenGrant? Grant { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

public sealed class OneTimeTokenGrain(
    [PersistentState("token", ForbedringSilo.StorageName)] IPersistentState<OneTimeTokenState> state,
    TimeProvider clock) : Grain, IOneTimeTokenGrain
{
    public async Task<bool> Issue(TokenGrant grant)
    {
        if (state.State.Grant is not null)
            return false;
        state.State.Grant = grant;
        await state.SaveOrForgetAsync(this);
        return true;
    }

    public Task<TokenGrant?> Peek() => Task.FromResult(Valid());

    public async Task<TokenGrant?> Redeem()
    {
        var grant = Valid();
        if (grant is null)
            return null;
        state.State.UsedAt = clock.GetUtcNow();
        await state.SaveOrForgetAsync(this);
        return grant;
    }

    private TokenGrant? Valid() =>
        state.State is { Grant: { } grant, UsedAt: null } && grant.ExpiresAt > clock.GetUtcNow() ? grant : null;
}
