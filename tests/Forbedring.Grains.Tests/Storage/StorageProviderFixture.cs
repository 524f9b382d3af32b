using Azure.Data.Tables;
using Forbedring.Grains.Hosting;
using Forbedring.Grains.Storage;
using Forbedring.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forbedring.Grains.Tests.Storage;

/// <summary>The provider against a real Azurite table of its own, with the serializer the silo uses.</summary>
public sealed class StorageProviderFixture : IAsyncLifetime
{
    public TableServiceClient Tables { get; } = TestStorage.Client();
    public string TableName { get; } = TestStorage.UniquePrefix("Storage") + "GrainState";
    public IGrainStorageSerializer Serializer { get; } = CreateSerializer();

    private static SystemTextJsonGrainStorageSerializer CreateSerializer()
    {
        var options = new SystemTextJsonGrainStorageSerializerOptions();
        ForbedringSilo.ConfigureStateJson(options.JsonSerializerOptions);
        return new SystemTextJsonGrainStorageSerializer(Options.Create(options));
    }

    public AzureTableGrainStorage Provider(params IGrainStateMigration[] migrations) =>
        new("test", Tables, TableName, Serializer, migrations, NullLogger<AzureTableGrainStorage>.Instance);

    public TableClient Table => Tables.GetTableClient(TableName);

    public Task InitializeAsync() => Provider().EnsureTableAsync(CancellationToken.None);

    public async Task DisposeAsync() => await Tables.DeleteTableAsync(TableName);
}
