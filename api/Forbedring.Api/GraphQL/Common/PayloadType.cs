using Forbedring.Abstractions.Common;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Common;

/// <summary>What every mutation returns: the changed entity, or the errors that stopped the change.</summary>
public abstract class PayloadType<TGraphType, T> : ObjectGraphType<Result<T>> where TGraphType : IGraphType
{
    protected PayloadType(string name, string entityField)
    {
        Name = name;
        Field<TGraphType>(entityField).Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(context => context.Source.Errors);
    }
}
