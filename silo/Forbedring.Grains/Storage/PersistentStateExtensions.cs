namespace Forbedring.Grains.Storage;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails the activation is dropped, so the changes that were
    /// made in memory are forgotten and the next call reads what was really stored.
    /// </summary>
    public static async Task SaveOrForgetAsync<T>(this IPersistentState<T> state, Grain grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
