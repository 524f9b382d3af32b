namespace Forbedring.Grains.People;

public sealed class PersonState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public int Version { get; set; }
}
