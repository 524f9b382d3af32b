using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.People;
using Forbedring.Abstractions.Services;
using Forbedring.Abstractions.Templates;
using Forbedring.Abstractions.Transfer;
using Forbedring.Domain;
using Forbedring.Domain.Validation;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Forbedring.Grains.Transfer;

/// <summary>
/// Collects a network's entities into one document, and brings such a document into this
/// installation under new ids. Import only ever creates new grains, so it cannot overwrite
/// anything; if it fails part-way the entities created so far are left unreferenced by any
/// network list, and the error says where it stopped.
/// </summary>
[StatelessWorker]
public sealed class NetworkTransferGrain(TimeProvider time, ILogger<NetworkTransferGrain> logger) : Grain, INetworkTransferGrain
{
    public const int MaxRecords = 20_000;

    public async Task<string?> Export(string networkId)
    {
        var network = await GrainFactory.GetGrain<INetworkGrain>(networkId).Get();
        if (network is null)
            return null;

        var records = new List<TransferRecord>();
        async Task Add(IStateTransfer grain)
        {
            if (await grain.ExportState() is { } record)
                records.Add(record);
        }

        var services = await Task.WhenAll(network.Services.Select(s => s.ServiceId).Distinct()
            .Select(id => GrainFactory.GetGrain<IServiceGrain>(id).Get()));
        var areas = (await Task.WhenAll(network.AreaIds.Select(id => GrainFactory.GetGrain<IImprovementAreaGrain>(id).Get()))).OfType<ImprovementAreaView>().ToList();
        // Substitutes, guests and assignees at the meetings may belong to neither the network nor its services.
        var meetings = (network.MeetingIds ?? []).Select(id => GrainFactory.GetGrain<IMeetingGrain>(id)).ToList();
        var meetingPeople = (await Task.WhenAll(meetings.Select(async m =>
            (await m.GetAttendance()).Select(a => a.PersonId).Concat((await m.GetActionItems()).Select(i => i.AssigneeId))))).SelectMany(ids => ids);
        var people = network.Members.Select(m => m.PersonId)
            .Concat(services.OfType<ServiceView>().SelectMany(s => s.Members.Select(m => m.PersonId)))
            .Concat(meetingPeople)
            .Distinct();

        foreach (var personId in people)
            await Add(GrainFactory.GetGrain<IPersonGrain>(personId));
        foreach (var service in services.OfType<ServiceView>())
            await Add(GrainFactory.GetGrain<IServiceGrain>(service.Id));
        await Add(GrainFactory.GetGrain<INetworkGrain>(networkId));
        foreach (var templateId in areas.Select(a => a.TemplateId).OfType<string>().Distinct())
            await Add(GrainFactory.GetGrain<IAreaTemplateGrain>(templateId));
        foreach (var area in areas)
        {
            await Add(GrainFactory.GetGrain<IImprovementAreaGrain>(area.Id));
            foreach (var measureId in area.MeasureIds)
                await Add(GrainFactory.GetGrain<IMeasureGrain>(measureId));
            foreach (var cycleId in area.CycleIds)
                await Add(GrainFactory.GetGrain<IPdsaCycleGrain>(cycleId));
        }
        foreach (var meeting in meetings)
            await Add(meeting);

        return new NetworkDocument(NetworkDocument.FormatName, NetworkDocument.CurrentVersion, time.GetUtcNow(), networkId, records).ToJson();
    }

    public async Task<Result<string>> Import(string document, Actor actor)
    {
        NetworkDocument? parsed;
        try
        {
            parsed = NetworkDocument.Parse(document);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Errors.Invalid("document", $"Dokumentet er ikke gyldig JSON: {e.Message}", $"The document is not valid JSON: {e.Message}");
        }

        if (parsed is null || parsed.Format != NetworkDocument.FormatName || parsed.Records is null)
            return Errors.Invalid("document", "Dokumentet er ikke en nettverkseksport fra Forbedring.", "The document is not a Forbedring network export.");
        if (parsed.FormatVersion > NetworkDocument.CurrentVersion)
            return Errors.Invalid("document", $"Dokumentet har formatversjon {parsed.FormatVersion}, nyere enn denne versjonen forstår.",
                $"The document has format version {parsed.FormatVersion}, newer than this release understands.");
        if (parsed.Records.Count > MaxRecords)
            return Errors.TooMany("document.records", MaxRecords);
        if (parsed.Records.FirstOrDefault(r => !NetworkDocument.ImportOrder.Contains(r.Kind)) is { } unknown)
            return Errors.Invalid("document.records", $"Ukjent type «{unknown.Kind}» for «{unknown.Id}».", $"Unknown kind '{unknown.Kind}' for '{unknown.Id}'.");
        if (!parsed.Records.Any(r => r.Kind == "Network" && r.Id == parsed.NetworkId))
            return Errors.Invalid("document.networkId", "Dokumentet mangler selve nettverket.", "The document lacks the network itself.");

        var ids = parsed.Records.Select(r => r.Id).Distinct().ToDictionary(id => id, id => Ids.New(NetworkDocument.KindPrefix(id)));
        var remapped = parsed.Records.Select(r => new TransferRecord(
            r.Kind,
            ids[r.Id],
            NetworkDocument.Remap(r.State, ids),
            r.Rows.Select(row => row with { Properties = NetworkDocument.Remap(row.Properties, ids) }).ToList())).ToList();

        foreach (var kind in NetworkDocument.ImportOrder)
        {
            foreach (var record in remapped.Where(r => r.Kind == kind))
            {
                var result = await Target(record).ImportState(record);
                if (!result.Succeeded)
                {
                    logger.LogWarning("Network import stopped at {Kind} {Id}", record.Kind, record.Id);
                    return Result<string>.Failure(result.Errors);
                }
            }
        }

        var networkId = ids[parsed.NetworkId];
        logger.LogInformation("Imported network {NetworkId} with {Count} records", networkId, remapped.Count);
        return networkId;
    }

    private IStateTransfer Target(TransferRecord record) => record.Kind switch
    {
        "Person" => GrainFactory.GetGrain<IPersonGrain>(record.Id),
        "Service" => GrainFactory.GetGrain<IServiceGrain>(record.Id),
        "Network" => GrainFactory.GetGrain<INetworkGrain>(record.Id),
        "Template" => GrainFactory.GetGrain<IAreaTemplateGrain>(record.Id),
        "Area" => GrainFactory.GetGrain<IImprovementAreaGrain>(record.Id),
        "Measure" => GrainFactory.GetGrain<IMeasureGrain>(record.Id),
        "PdsaCycle" => GrainFactory.GetGrain<IPdsaCycleGrain>(record.Id),
        "Meeting" => GrainFactory.GetGrain<IMeetingGrain>(record.Id),
        _ => throw new InvalidOperationException($"No grain for kind {record.Kind}."),
    };
}
