using System.Globalization;

namespace Forbedring.Statistics.Preparation;

/// <summary>
/// Collects user errors. Row-level errors are capped so a bad 100,000-row import gives a readable
/// answer, not 100,000 messages.
/// </summary>
internal sealed class ErrorList
{
    private const int MaxRowErrors = 20;
    private readonly List<AnalysisError> _errors = [];
    private int _suppressed;

    public int Count => _errors.Count + _suppressed;

    public void Add(string code, string field, string messageNb, string messageEn) =>
        _errors.Add(new AnalysisError(code, field, messageNb, messageEn));

    public void AddRow(string code, string field, string messageNb, string messageEn)
    {
        if (_errors.Count >= MaxRowErrors)
        {
            _suppressed++;
            return;
        }

        Add(code, field, messageNb, messageEn);
    }

    public IReadOnlyList<AnalysisError> ToList()
    {
        if (_suppressed > 0)
        {
            var count = _suppressed.ToString(CultureInfo.InvariantCulture);
            _errors.Add(new AnalysisError(
                "MORE_ERRORS",
                "observations",
                $"Ytterligere {count} feil i observasjonene er ikke vist.",
                $"{count} more errors in the observations are not shown."));
            _suppressed = 0;
        }

        return _errors;
    }

    /// <summary>"Observasjon 4 (x = '2024-01-03')" — 1-based, as people count.</summary>
    public static string RowNb(int index, string? x) =>
        x is null ? $"Observasjon {Pos(index)}" : $"Observasjon {Pos(index)} (x = '{x}')";

    public static string RowEn(int index, string? x) =>
        x is null ? $"Observation {Pos(index)}" : $"Observation {Pos(index)} (x = '{x}')";

    public static string PointNb(int index, string x) => $"Punkt {Pos(index)} (x = '{x}')";

    public static string PointEn(int index, string x) => $"Point {Pos(index)} (x = '{x}')";

    public static string Pos(int zeroBased) => (zeroBased + 1).ToString(CultureInfo.InvariantCulture);
}
