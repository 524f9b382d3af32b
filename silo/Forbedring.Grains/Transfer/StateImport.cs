using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Transfer;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Storage;

namespace Forbedring.Grains.Transfer;

public static class StateImport
{
    /// <summary>
    /// Writes an exported state into an empty grain. Refuses when the grain already exists or the
    /// record does not hold a state of this kind, so an import never overwrites anything.
    /// </summary>
    public static async Task<Result<bool>> ImportAsync<T>(this IPersistentState<T> state, Grain grain, TransferRecord record,
        string kind, Func<T, bool> exists, Func<Task>? afterSave = null)
    {
        if (exists(state.State))
            return Errors.Duplicate("id", $"«{record.Id}»", $"'{record.Id}'");
        if (record.Kind != kind || StateJson.Read<T>(record) is not { } imported || !exists(imported))
            return Errors.Invalid("document", $"Posten «{record.Id}» er ikke en gyldig {kind}.", $"The record '{record.Id}' is not a valid {kind}.");

        state.State = imported;
        await state.SaveOrForgetAsync(grain);
        if (afterSave is not null)
            await afterSave();
        return true;
    }
}
