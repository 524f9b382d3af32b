using Forbedring.Statistics;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Statistics;

public sealed record ObservationInput(string X, double? Y, double? N);

public sealed class ObservationInputType : InputObjectGraphType<ObservationInput>
{
    public ObservationInputType()
    {
        Name = "ObservationInput";
        Description = "One row; rows sharing x form one subgroup.";
        Field(x => x.X);
        Field(x => x.Y, nullable: true);
        Field(x => x.N, nullable: true);
    }
}

public sealed record SeriesAnalysisInput(
    ChartType Chart,
    XKind XKind,
    IReadOnlyList<ObservationInput> Observations,
    int? Freeze,
    IReadOnlyList<int>? Parts,
    IReadOnlyList<int>? Exclude,
    double Multiply,
    bool ScreenMovingRanges,
    RuleSet RuleSet,
    ImprovementDirection Direction,
    double? Target)
{
    public SeriesSpec ToSpec() => new(Chart, Observations.Select(o => new Observation(o.X, o.Y, o.N)).ToList())
    {
        XKind = XKind,
        Freeze = Freeze,
        Parts = Parts,
        Exclude = Exclude,
        Multiply = Multiply,
        ScreenMovingRanges = ScreenMovingRanges,
        RuleSet = RuleSet,
        Direction = Direction,
        Target = Target,
    };
}

public sealed class SeriesAnalysisInputType : InputObjectGraphType<SeriesAnalysisInput>
{
    public SeriesAnalysisInputType()
    {
        Name = "SeriesAnalysisInput";
        Field(x => x.Chart, type: typeof(NonNullGraphType<ChartTypeType>));
        Field(x => x.XKind, type: typeof(NonNullGraphType<XKindType>)).DefaultValue(XKind.Index)
            .Description("INDEX: x are integers; DATE: YYYY-MM-DD; CATEGORY: labels.");
        Field(x => x.Observations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ObservationInputType>>>));
        Field(x => x.Freeze, nullable: true).Description("Points 1..freeze form the baseline.");
        Field(x => x.Parts, type: typeof(ListGraphType<NonNullGraphType<IntGraphType>>)).Description("The last point of each part before a split.");
        Field(x => x.Exclude, type: typeof(ListGraphType<NonNullGraphType<IntGraphType>>)).Description("1-based point positions after aggregation.");
        Field(x => x.Multiply, type: typeof(NonNullGraphType<FloatGraphType>)).DefaultValue(1d);
        Field(x => x.ScreenMovingRanges, type: typeof(NonNullGraphType<BooleanGraphType>)).DefaultValue(true);
        Field(x => x.RuleSet, type: typeof(NonNullGraphType<RuleSetType>)).DefaultValue(RuleSet.Anhoej);
        Field(x => x.Direction, type: typeof(NonNullGraphType<ImprovementDirectionType>)).DefaultValue(ImprovementDirection.Neutral);
        Field(x => x.Target, nullable: true);
    }
}
