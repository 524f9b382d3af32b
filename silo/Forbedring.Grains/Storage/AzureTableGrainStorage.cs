using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace Forbedring.Grains.Storage;

/// <summary>
/// Grain storage on Azure Tables (Azurite locally): one row per grain and state name, JSON in
/// binary chunks, optimistic concurrency through the table's ETags.
/// </summary>
/// <remarks>
/// Clear deletes the row (checked against the ETag, like a write), so a cleared grain reads as
/// never written; its next write creates the row anew.
/// </remarks>
public sealed class AzureTableGrainStorage(
    string name,
    TableServiceClient tableService,
    string tableName,
    IGrainStorageSerializer serializer,
    IEnumerable<IGrainStateMigration> migrations,
    ILogger<AzureTableGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string VersionProperty = "StateVersion";
    private const string TypeProperty = "StateType";

    private readonly TableClient table = tableService.GetTableClient(tableName);
    private readonly ILookup<Type, IGrainStateMigration> migrationsByType = migrations.ToLookup(m => m.StateType);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureTableGrainStorage>(name), ServiceLifecycleStage.ApplicationServices, EnsureTableAsync);

    public async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        logger.LogInformation("Grain storage {StorageName} uses table {TableName}", name, tableName);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partitionKey, rowKey) = Keys(stateName, grainId);
        NullableResponse<TableEntity> response;
        try
        {
            response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e))
        {
            // Reads happen on activation, before any grain-call filter sees the call: say what it is here.
            throw StorageOutage.Unavailable(e);
        }
        if (!response.HasValue || response.Value is not { } entity)
        {
            grainState.State = NewState<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = Deserialize<T>(entity, grainId);
        grainState.ETag = entity.ETag.ToString();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partitionKey, rowKey) = Keys(stateName, grainId);
        var data = serializer.Serialize(grainState.State).ToMemory();
        if (data.Length > StateChunks.MaxBytes)
            throw new GrainStateTooLargeException(grainId.ToString(), stateName, data.Length, StateChunks.MaxBytes);

        var entity = new TableEntity(partitionKey, rowKey)
        {
            [TypeProperty] = typeof(T).Name,
            [VersionProperty] = StateVersionAttribute.Of(typeof(T)),
        };
        StateChunks.Write(entity, data);

        try
        {
            var response = grainState.ETag is null
                ? await table.AddEntityAsync(entity)
                : await table.UpdateEntityAsync(entity, new ETag(grainState.ETag), TableUpdateMode.Replace);
            grainState.ETag = response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("The table service returned no ETag for a write.");
            grainState.RecordExists = true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw Inconsistent("write", stateName, grainId, grainState.ETag, e);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partitionKey, rowKey) = Keys(stateName, grainId);
        if (grainState.ETag is null)
        {
            // This activation believes there is no row; if one exists it was written by someone else.
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, [TypeProperty]);
            if (existing.HasValue)
                throw Inconsistent("clear", stateName, grainId, null, null);
        }
        else
        {
            try
            {
                var response = await table.DeleteEntityAsync(partitionKey, rowKey, new ETag(grainState.ETag));
                if (response.Status == 404)
                    throw Inconsistent("clear", stateName, grainId, grainState.ETag, null);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                throw Inconsistent("clear", stateName, grainId, grainState.ETag, e);
            }
        }

        grainState.State = NewState<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T Deserialize<T>(TableEntity entity, GrainId grainId)
    {
        var data = StateChunks.Read(entity);
        var storedVersion = entity.GetInt32(VersionProperty) ?? 1;
        var currentVersion = StateVersionAttribute.Of(typeof(T));
        if (storedVersion > currentVersion)
            throw new InvalidDataException(
                $"Stored state of {grainId} has version {storedVersion}, newer than this release understands ({currentVersion}).");

        if (storedVersion < currentVersion)
            data = Migrate<T>(data, storedVersion, currentVersion, grainId);

        return serializer.Deserialize<T>(new BinaryData(data)) ?? throw new InvalidDataException($"Stored state of {grainId} deserialized to null.");
    }

    private byte[] Migrate<T>(byte[] data, int from, int to, GrainId grainId)
    {
        var node = JsonNode.Parse(data) ?? throw new InvalidDataException($"Stored state of {grainId} is empty JSON.");
        for (var version = from; version < to; version++)
        {
            var migration = migrationsByType[typeof(T)].SingleOrDefault(m => m.FromVersion == version)
                ?? throw new InvalidDataException($"No migration for {typeof(T).Name} from version {version} (state of {grainId}).");
            node = migration.Migrate(node);
        }
        logger.LogInformation("Migrated {StateType} of {GrainId} from version {From} to {To}", typeof(T).Name, grainId, from, to);
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static (string PartitionKey, string RowKey) Keys(string stateName, GrainId grainId) =>
        (TableKeys.Encode(grainId.ToString()), TableKeys.Encode(stateName));

    private static T NewState<T>() =>
        typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance<T>()! : default!;

    private InconsistentStateException Inconsistent(string operation, string stateName, GrainId grainId, string? etag, Exception? inner)
    {
        logger.LogWarning("Stale {Operation} of state {StateName} for {GrainId} refused (ETag {ETag})", operation, stateName, grainId, etag);
        return new InconsistentStateException(
            $"The {operation} of state '{stateName}' for {grainId} was refused: the stored row changed since it was read (ETag {etag ?? "none"}).",
            storedEtag: "unknown", currentEtag: etag ?? "", inner!);
    }
}
