using Forbedring.Api.GraphQL.Access;
using Forbedring.Domain.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Statistics;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Statistics;

/// <summary>
/// analyzeSeries: analyses a series handed to it with the same engine the stored series use.
/// It stores nothing, so it is open to anyone. Input it cannot analyse is a GraphQL error saying
/// what and where.
/// </summary>
public sealed class AnalyzeSeriesQuery : IQueryContributor
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SeriesAnalysisType>>("analyzeSeries")
            .Requires(Permission.Anyone)
            .Description("Run or SPC chart analysis of the given series (stateless).")
            .Argument<NonNullGraphType<SeriesAnalysisInputType>>("input")
            .Resolve(context =>
            {
                var outcome = SeriesAnalyzer.Analyze(context.GetArgument<SeriesAnalysisInput>("input").ToSpec());
                if (outcome.Succeeded)
                    return outcome.Analysis;
                foreach (var error in outcome.Errors)
                {
                    var message = Languages.Of(context) == Language.English ? error.MessageEn : error.MessageNb;
                    context.Errors.Add(new ExecutionError($"input.{error.Field}: {message}")
                    {
                        Code = error.Code,
                        Path = context.Path,
                    });
                }
                return null;
            });
}
