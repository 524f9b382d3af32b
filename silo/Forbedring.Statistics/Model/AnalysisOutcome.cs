using System.Diagnostics.CodeAnalysis;

namespace Forbedring.Statistics;

/// <summary>An input problem the user can fix. Field is a path such as "observations[3].y" (0-based).</summary>
public sealed record AnalysisError(string Code, string Field, string MessageNb, string MessageEn);

/// <summary>Either an analysis or a non-empty list of errors; the analyzer never throws for user input.</summary>
public sealed class AnalysisOutcome
{
    private AnalysisOutcome(SeriesAnalysis? analysis, IReadOnlyList<AnalysisError> errors)
    {
        Analysis = analysis;
        Errors = errors;
    }

    public SeriesAnalysis? Analysis { get; }

    public IReadOnlyList<AnalysisError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Analysis))]
    public bool Succeeded => Analysis is not null;

    public static AnalysisOutcome Success(SeriesAnalysis analysis) => new(analysis, []);

    public static AnalysisOutcome Failure(IReadOnlyList<AnalysisError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed outcome needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }
}
