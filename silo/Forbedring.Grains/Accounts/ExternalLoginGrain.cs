using Forbedring.Abstractions.Accounts;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Accounts;

public sealed class ExternalLoginGrain(
    [PersistentState("externalLogin", ForbedringSilo.StorageName)] IPersistentState<ExternalLoginState> state,
    TimeProvider clock) : Grain, IExternalLoginGrain
{
    private ExternalLoginState S => state.State;

    public Task<ExternalLoginView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public async Task<ExternalLoginView> Link(string issuer, string personId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        // A link never moves to another person: that would hand one person's work to another.
        if (!S.Exists)
        {
            S.Exists = true;
            S.Issuer = issuer;
            S.PersonId = personId;
            S.LinkedAt = clock.GetUtcNow();
            await state.SaveOrForgetAsync(this);
        }
        return View();
    }

    private ExternalLoginView View() => new(S.Issuer, S.PersonId, S.LinkedAt);
}
