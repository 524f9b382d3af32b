using Forbedring.Abstractions.Areas;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Areas;

/// <summary>
/// The driver diagram is edited as a whole nested list under the aim: primary drivers at the top,
/// secondary drivers under primary ones, change ideas under either, nothing under a change idea.
/// The whole list is checked before it replaces the old one.
/// </summary>
public static class DriverDiagramRules
{
    public const int MaxNodes = 100;
    public const int MaxDepth = 3;
    public const int TextMax = 500;
    public const int MaxLinksPerNode = 30;

    /// <summary>The ids a diagram may point at: the area's own measures, cycles and change ideas.</summary>
    public sealed record Known(IReadOnlySet<string> MeasureIds, IReadOnlySet<string> CycleIds, IReadOnlySet<string> ChangeIdeaIds);

    public static Check Validate(IReadOnlyList<DriverNodeInput> nodes, Known known)
    {
        var check = new Check();
        if (Count(nodes) > MaxNodes)
            return check.Add(Errors.TooMany("nodes", MaxNodes));
        var seenIds = new HashSet<string>();
        Walk(nodes, "nodes", null, 1, known, seenIds, check);
        return check;
    }

    private static void Walk(IReadOnlyList<DriverNodeInput> nodes, string path, DriverKind? parent, int depth, Known known, HashSet<string> seenIds, Check check)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var at = $"{path}[{i}]";
            if (depth > MaxDepth)
            {
                check.Add(Errors.Invalid(at, $"Drivertreet kan ha høyst {MaxDepth} nivåer under målet.", $"The driver diagram may have at most {MaxDepth} levels under the aim."));
                continue;
            }
            if (!Fits(node.Kind, parent))
                check.Add(Errors.DriverPlacement($"{at}.kind", KindName(node.Kind), parent is { } p ? KindName(p) : null));
            check.Required($"{at}.text", node.Text, TextMax);
            if (node.Id is { Length: > 0 } id && !seenIds.Add(id))
                check.Add(Errors.Duplicate($"{at}.id", $"Noden «{id}»", $"Node '{id}'"));
            Links(check, $"{at}.measureIds", node.MeasureIds, known.MeasureIds, "måling i området", "measure in the area");
            Links(check, $"{at}.cycleIds", node.CycleIds, known.CycleIds, "PDSA-sirkel i området", "PDSA cycle in the area");
            if (node.ChangeIdeaId is { Length: > 0 } idea)
            {
                if (node.Kind != DriverKind.ChangeIdea)
                    check.Add(Errors.Invalid($"{at}.changeIdeaId", "Bare en endringsidé-node kan peke på en endringsidé.", "Only a change-idea node may point at a change idea."));
                else if (!known.ChangeIdeaIds.Contains(idea))
                    check.Add(Errors.NotFound($"{at}.changeIdeaId", "endringsidé i området", "change idea in the area", idea));
            }
            Walk(node.Children ?? [], $"{at}.children", node.Kind, depth + 1, known, seenIds, check);
        }
    }

    private static void Links(Check check, string field, IReadOnlyList<string>? ids, IReadOnlySet<string> known, string kindNb, string kindEn)
    {
        check.MaxCount(field, ids, MaxLinksPerNode);
        var list = ids ?? [];
        for (var j = 0; j < list.Count; j++)
        {
            if (!known.Contains(list[j]))
                check.Add(Errors.NotFound($"{field}[{j}]", kindNb, kindEn, list[j]));
        }
    }

    public static bool Fits(DriverKind kind, DriverKind? parent) => parent switch
    {
        null => kind == DriverKind.Primary,
        DriverKind.Primary => kind is DriverKind.Secondary or DriverKind.ChangeIdea,
        DriverKind.Secondary => kind == DriverKind.ChangeIdea,
        _ => false,
    };

    public static int Count(IReadOnlyList<DriverNodeInput>? nodes) =>
        (nodes ?? []).Sum(n => 1 + Count(n.Children));

    /// <summary>The stored diagram: nodes that name an existing id keep it, new ones get fresh ids.</summary>
    public static IReadOnlyList<DriverNode> Build(IReadOnlyList<DriverNodeInput> nodes, IReadOnlyList<DriverNode> existing)
    {
        var known = Flatten(existing).Select(n => n.Id).ToHashSet();
        return BuildLevel(nodes, known);
    }

    private static List<DriverNode> BuildLevel(IReadOnlyList<DriverNodeInput> nodes, HashSet<string> known) =>
        nodes.Select(n => new DriverNode(
            n.Id is { } id && known.Contains(id) ? id : Ids.New("driver"),
            n.Kind,
            n.Text.Trim(),
            (n.MeasureIds ?? []).Distinct().ToList(),
            (n.CycleIds ?? []).Distinct().ToList(),
            n.Kind == DriverKind.ChangeIdea ? AreaRules.Trimmed(n.ChangeIdeaId) : null,
            BuildLevel(n.Children ?? [], known))).ToList();

    public static IEnumerable<DriverNode> Flatten(IEnumerable<DriverNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private static string KindName(DriverKind kind) => kind switch
    {
        DriverKind.Primary => "PRIMARY",
        DriverKind.Secondary => "SECONDARY",
        _ => "CHANGE_IDEA",
    };
}
