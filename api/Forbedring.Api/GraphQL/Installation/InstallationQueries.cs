using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Abstractions.Installation;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Hosting;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Installation;

public sealed class InstallationQueries(IGrainFactory grains) : IQueryContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StringGraphType>>("version")
            .Requires(Permission.Anyone)
            .Description("The release of this installation.")
            .Resolve(_ => InstallationStartup.Release);
        query.Field<NonNullGraphType<InstallationType>>("installation")
            .Requires(Permission.SignedIn)
            .Description("When this installation first and last started.")
            .ResolveAsync(async _ => await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).GetInfo());
    }
}
