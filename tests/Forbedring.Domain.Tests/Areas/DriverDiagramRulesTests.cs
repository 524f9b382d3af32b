using Forbedring.Abstractions.Areas;
using Forbedring.Domain.Areas;

namespace Forbedring.Domain.Tests.Areas;

public sealed class DriverDiagramRulesTests
{
    private static readonly DriverDiagramRules.Known Known = new(
        new HashSet<string> { "measure_1" }, new HashSet<string> { "cycle_1" }, new HashSet<string> { "idea_1" });

    private static DriverNodeInput Node(DriverKind kind, string text = "tekst", IReadOnlyList<DriverNodeInput>? children = null,
        string? id = null, IReadOnlyList<string>? measures = null, IReadOnlyList<string>? cycles = null, string? idea = null) =>
        new(id, kind, text, measures, cycles, idea, children);

    [Fact]
    public void A_full_diagram_with_known_links_is_valid()
    {
        var nodes = new[]
        {
            Node(DriverKind.Primary, "Informasjon følger beboeren", [
                Node(DriverKind.Secondary, "Sjekkliste ved flytting", [Node(DriverKind.ChangeIdea, "Test sjekklisten", idea: "idea_1", cycles: ["cycle_1"])],
                    measures: ["measure_1"]),
                Node(DriverKind.ChangeIdea, "Samtale med pårørende"),
            ]),
        };
        Assert.False(DriverDiagramRules.Validate(nodes, Known).Failed);
    }

    [Fact]
    public void Nodes_in_the_wrong_place_are_refused_with_their_path()
    {
        var nodes = new[]
        {
            Node(DriverKind.Secondary),
            Node(DriverKind.Primary, children: [Node(DriverKind.Primary)]),
            Node(DriverKind.Primary, children: [Node(DriverKind.ChangeIdea, children: [Node(DriverKind.ChangeIdea)])]),
        };
        var check = DriverDiagramRules.Validate(nodes, Known);

        Assert.All(check.Errors, e => Assert.Equal("DRIVER_PLACEMENT", e.Code));
        Assert.Equal(["nodes[0].kind", "nodes[1].children[0].kind", "nodes[2].children[0].children[0].kind"],
            check.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void Nesting_deeper_than_three_levels_is_refused()
    {
        var deep = Node(DriverKind.Primary, children: [Node(DriverKind.Secondary, children: [Node(DriverKind.ChangeIdea, children: [Node(DriverKind.Secondary, children: [Node(DriverKind.ChangeIdea)])])])]);
        var check = DriverDiagramRules.Validate([deep], Known);
        Assert.Contains(check.Errors, e => e.Code == "INVALID" && e.Field == "nodes[0].children[0].children[0].children[0]");
    }

    [Fact]
    public void Empty_and_overlong_texts_are_refused()
    {
        var check = DriverDiagramRules.Validate([Node(DriverKind.Primary, " "), Node(DriverKind.Primary, new string('x', 501))], Known);
        Assert.Equal(["REQUIRED", "TOO_LONG"], check.Errors.Select(e => e.Code).ToArray());
    }

    [Fact]
    public void Unknown_measures_cycles_and_change_ideas_are_refused()
    {
        var check = DriverDiagramRules.Validate(
            [Node(DriverKind.Primary, measures: ["measure_1", "measure_x"], cycles: ["cycle_x"], children: [Node(DriverKind.ChangeIdea, idea: "idea_x")])], Known);
        Assert.Equal(["nodes[0].measureIds[1]", "nodes[0].cycleIds[0]", "nodes[0].children[0].changeIdeaId"], check.Errors.Select(e => e.Field).ToArray());
        Assert.All(check.Errors, e => Assert.Equal("NOT_FOUND", e.Code));
    }

    [Fact]
    public void More_than_the_maximum_number_of_nodes_is_refused()
    {
        var nodes = Enumerable.Range(0, 34).Select(_ => Node(DriverKind.Primary, children: [Node(DriverKind.Secondary, children: [Node(DriverKind.ChangeIdea)])])).ToArray();
        var check = DriverDiagramRules.Validate(nodes, Known);
        Assert.Equal("TOO_MANY", Assert.Single(check.Errors).Code);
    }

    [Fact]
    public void Building_keeps_known_node_ids_and_gives_new_nodes_fresh_ones()
    {
        var existing = DriverDiagramRules.Build([Node(DriverKind.Primary, "Gammel")], []);
        var keptId = existing[0].Id;

        var rebuilt = DriverDiagramRules.Build([Node(DriverKind.Primary, " Gammel ", id: keptId, children: [Node(DriverKind.Secondary, id: "driver_unknown")])], existing);

        Assert.Equal(keptId, rebuilt[0].Id);
        Assert.Equal("Gammel", rebuilt[0].Text);
        Assert.NotEqual("driver_unknown", rebuilt[0].Children[0].Id);
        Assert.StartsWith("driver_", rebuilt[0].Children[0].Id);
    }
}
