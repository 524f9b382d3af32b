using Forbedring.Abstractions.Measures;

namespace Forbedring.Domain.Measures;

/// <summary>
/// Writes a series as CSV for Norwegian Excel: semicolon separated, decimal comma, Norwegian
/// headers that <see cref="CsvImport"/> reads back. Notes lose their line breaks, so one row stays one line.
/// </summary>
public static class CsvExport
{
    public static string Write(MeasureDefinition definition, IEnumerable<MeasurePoint> points)
    {
        var ratio = ValueKinds.UsesRatio(definition.DataKind);
        var text = new System.Text.StringBuilder(ratio ? "periode;teller;nevner;merknad\r\n" : "periode;verdi;merknad\r\n");
        foreach (var p in points.OrderBy(p => p.Period, StringComparer.Ordinal))
        {
            text.Append(p.Period).Append(';');
            if (ratio)
                text.Append(CsvNumbers.Format(p.Numerator)).Append(';').Append(CsvNumbers.Format(p.Denominator));
            else
                text.Append(CsvNumbers.Format(p.Value));
            text.Append(';').Append(Quote(p.Note)).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Quote(string? note)
    {
        if (string.IsNullOrEmpty(note))
            return "";
        var flat = note.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return flat.IndexOfAny([';', '"', ',']) >= 0 ? "\"" + flat.Replace("\"", "\"\"") + "\"" : flat;
    }
}
