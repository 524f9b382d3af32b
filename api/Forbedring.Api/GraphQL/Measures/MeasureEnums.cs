using Forbedring.Abstractions.Measures;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Measures;

public sealed class MeasureKindType : EnumerationGraphType<MeasureKind>
{
    public MeasureKindType()
    {
        Name = "MeasureKind";
        Description = "Resultatmål, prosessmål or balansemål.";
    }
}

public sealed class DataKindType : EnumerationGraphType<DataKind>
{
    public DataKindType()
    {
        Name = "DataKind";
        Description = "What one data point holds; decides the default chart (P, C, U, I, T, G).";
    }
}

public sealed class FrequencyType : EnumerationGraphType<Frequency>
{
    public FrequencyType()
    {
        Name = "Frequency";
        Description = "How often the measure is logged; period keys are yyyy-MM-dd, yyyy-Www (ISO week) or yyyy-MM.";
    }
}

public sealed class BetterDirectionType : EnumerationGraphType<BetterDirection>
{
    public BetterDirectionType() => Name = "BetterDirection";
}
