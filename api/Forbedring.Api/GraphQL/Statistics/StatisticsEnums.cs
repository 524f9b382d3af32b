using Forbedring.Statistics;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Statistics;

// Names and values are fixed by the analyzeSeries contract (docs/statistics.md): outside tools depend on them.

public sealed class ChartTypeType : EnumerationGraphType<ChartType>
{
    public ChartTypeType() => Name = "ChartType";
}

public sealed class XKindType : EnumerationGraphType<XKind>
{
    public XKindType() => Name = "XKind";
}

public sealed class RuleSetType : EnumerationGraphType<RuleSet>
{
    public RuleSetType() => Name = "RuleSet";
}

public sealed class ImprovementDirectionType : EnumerationGraphType<ImprovementDirection>
{
    public ImprovementDirectionType() => Name = "ImprovementDirection";
}

public sealed class VariationKindType : EnumerationGraphType<VariationKind>
{
    public VariationKindType() => Name = "VariationKind";
}

public sealed class AssuranceKindType : EnumerationGraphType<AssuranceKind>
{
    public AssuranceKindType() => Name = "AssuranceKind";
}
