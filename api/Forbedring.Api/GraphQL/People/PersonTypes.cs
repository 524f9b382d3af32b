using Forbedring.Abstractions.People;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.People;

public sealed class PersonType : ObjectGraphType<PersonView>
{
    public PersonType()
    {
        Name = "Person";
        Description = "Someone who takes part: staff, leaders, facilitators. Never a patient.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Title, nullable: true);
        Field(x => x.Version).Description("Increases with every change; send it back as expectedVersion when updating.");
    }
}

public sealed class PersonInputType : InputObjectGraphType<PersonInput>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Field(x => x.Name);
        Field(x => x.Title, nullable: true);
    }
}

public sealed record UpdatePersonInput(string Id, int ExpectedVersion, PersonInput Person);

public sealed class UpdatePersonInputType : InputObjectGraphType<UpdatePersonInput>
{
    public UpdatePersonInputType()
    {
        Name = "UpdatePersonInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Person, type: typeof(NonNullGraphType<PersonInputType>));
    }
}

public sealed class PersonPayloadType() : Common.PayloadType<PersonType, PersonView>("PersonPayload", "person");
