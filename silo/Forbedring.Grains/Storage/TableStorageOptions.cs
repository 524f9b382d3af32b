namespace Forbedring.Grains.Storage;

/// <summary>Where grain state and row data live: one Azure Tables account (Azurite locally).</summary>
public sealed class TableStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The local Azurite started by <c>./forbedring run</c>.</summary>
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Prefix for every table this installation owns, so tests and installations can share an account.</summary>
    public string TablePrefix { get; set; } = "Forbedring";

    public string GrainStateTable => TablePrefix + "GrainState";
}
