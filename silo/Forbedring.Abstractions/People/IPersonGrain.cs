using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.People;

[Alias("Forbedring.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<PersonView?> Get();
    [Alias("Create")] Task<Result<PersonView>> Create(PersonInput input, Actor actor);
    [Alias("Update")] Task<Result<PersonView>> Update(PersonInput input, int expectedVersion, Actor actor);
}
