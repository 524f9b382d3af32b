using Forbedring.Abstractions.Installation;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Installation;

public sealed class InstallationType : ObjectGraphType<InstallationInfo>
{
    public InstallationType()
    {
        Name = "Installation";
        Field(x => x.FirstStartedAt, nullable: true).Description("The first start of this installation's store.");
        Field(x => x.LastStartedAt, nullable: true);
        Field(x => x.Starts).Description("How many times a host has started against this store.");
        Field(x => x.Release, nullable: true);
        Field(x => x.DemoNetworkId, type: typeof(IdGraphType)).Description("The demo network loaded on the first start, if one was.");
    }
}
