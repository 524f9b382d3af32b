using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Transfer;

/// <summary>What every entity grain offers for the network export and import.</summary>
public interface IStateTransfer
{
    /// <summary>The entity's state and rows, or null when it does not exist.</summary>
    [Alias("ExportState")] Task<TransferRecord?> ExportState();

    /// <summary>Writes an exported entity into this (new, empty) grain; ids are already remapped.</summary>
    [Alias("ImportState")] Task<Result<bool>> ImportState(TransferRecord record);
}
