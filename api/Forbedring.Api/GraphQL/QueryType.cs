using Forbedring.Abstractions.Installation;
using Forbedring.Api.GraphQL.Installation;
using Forbedring.Hosting;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL;

/// <summary>The root query; each entity's fields live with that entity's types.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IGrainFactory grains)
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("The release of this installation.")
            .Resolve(_ => InstallationStartup.Release);
        Field<NonNullGraphType<InstallationType>>("installation")
            .Description("When this installation first and last started.")
            .ResolveAsync(async _ => await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).GetInfo());
    }
}
