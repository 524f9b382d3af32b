using Forbedring.Abstractions.Catalog;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.People;
using Forbedring.Domain.Services;
using Forbedring.Domain.Validation;
using Forbedring.Grains.Catalog;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;

using Forbedring.Abstractions.Transfer;
using Forbedring.Grains.Transfer;

namespace Forbedring.Grains.People;

public sealed class PersonGrain(
    [PersistentState("person", ForbedringSilo.StorageName)] IPersistentState<PersonState> state,
    CatalogStore catalog) : Grain, IPersonGrain
{
    private PersonState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public Task<PersonView?> Get() => Task.FromResult(S.Exists ? View() : null);

    public Task<TransferRecord?> ExportState() =>
        Task.FromResult(S.Exists ? StateJson.Export("Person", Id, S) : null);

    public Task<Result<bool>> ImportState(TransferRecord record) =>
        state.ImportAsync(this, record, "Person", s => s.Exists, () => catalog.UpsertAsync(CatalogKind.Person, new CatalogEntry(Id, S.Name, false)));

    public async Task<Result<PersonView>> Create(PersonInput input, Actor actor)
    {
        if (S.Exists)
            return Errors.Duplicate("id", $"Personen «{Id}»", $"Person '{Id}'");
        var check = ServiceRules.Validate(input);
        if (check.Failed)
            return Result<PersonView>.Failure(check.Errors);
        S.Exists = true;
        return await SaveAsync(input);
    }

    public async Task<Result<PersonView>> Update(PersonInput input, int expectedVersion, Actor actor)
    {
        if (!S.Exists)
            return Errors.NotFound("id", "person", "person", Id);
        var check = ServiceRules.Validate(input).Version("expectedVersion", expectedVersion, S.Version);
        if (check.Failed)
            return Result<PersonView>.Failure(check.Errors);
        return await SaveAsync(input);
    }

    private async Task<Result<PersonView>> SaveAsync(PersonInput input)
    {
        S.Name = input.Name.Trim();
        S.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        S.Version++;
        await state.SaveOrForgetAsync(this);
        await catalog.UpsertAsync(CatalogKind.Person, new CatalogEntry(Id, S.Name, false));
        return View();
    }

    private PersonView View() => new(Id, S.Name, S.Title, S.Version);
}
