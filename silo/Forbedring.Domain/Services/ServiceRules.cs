using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Services;

public static class ServiceRules
{
    public static Check Validate(ServiceInput input) => new Check()
        .Required("name", input.Name)
        .Optional("kind", input.Kind, Check.NameMax)
        .Optional("organisation", input.Organisation, Check.NameMax);

    public static Check Validate(PersonInput input) => new Check()
        .Required("name", input.Name)
        .Optional("title", input.Title, Check.NameMax);
}
