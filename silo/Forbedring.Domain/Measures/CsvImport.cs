using System.Globalization;
using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Validation;

namespace Forbedring.Domain.Measures;

/// <summary>
/// Reads a series from CSV as people make it in Excel or by hand: semicolon, comma or tab
/// separated (told from the header row), decimal comma or point, periods as keys (2024-03,
/// 2024-W05) or dates (15.03.2024 or 2024-03-15, turned into the measure's period). Line numbers
/// are those a text editor shows, the header being line 1. Pure: nothing is written here.
/// </summary>
public static class CsvImport
{
    public sealed record Parsed(IReadOnlyList<CsvRowResult> Rows, IReadOnlyList<UserError> Errors)
    {
        public bool Succeeded => Errors.Count == 0 && Rows.All(r => r.Errors.Count == 0);
    }

    private enum Column { Period, Value, Numerator, Denominator, Note }

    private static readonly Dictionary<string, Column> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["period"] = Column.Period, ["periode"] = Column.Period, ["date"] = Column.Period, ["dato"] = Column.Period,
        ["day"] = Column.Period, ["dag"] = Column.Period, ["week"] = Column.Period, ["uke"] = Column.Period,
        ["month"] = Column.Period, ["måned"] = Column.Period, ["maned"] = Column.Period,
        ["value"] = Column.Value, ["verdi"] = Column.Value, ["count"] = Column.Value, ["antall"] = Column.Value,
        ["numerator"] = Column.Numerator, ["teller"] = Column.Numerator,
        ["denominator"] = Column.Denominator, ["nevner"] = Column.Denominator,
        ["note"] = Column.Note, ["merknad"] = Column.Note, ["kommentar"] = Column.Note, ["comment"] = Column.Note, ["notat"] = Column.Note,
    };

    public static Parsed Parse(string? csv, MeasureDefinition definition)
    {
        var lines = (csv ?? "").TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
            return new([], [Errors.Required("csv")]);
        if (lines.Count(l => !string.IsNullOrWhiteSpace(l)) - 1 > PointRules.MaxPointsPerCall)
            return new([], [Errors.TooMany("csv", PointRules.MaxPointsPerCall)]);

        var separator = Separator(lines[0]);
        var (columns, headerErrors) = ReadHeader(Split(lines[0], separator), definition.DataKind);
        if (headerErrors.Count > 0)
            return new([], headerErrors);

        var rows = new List<CsvRowResult>();
        var seen = new Dictionary<string, int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var line = i + 1;
            var row = ReadRow(Split(lines[i], separator), columns, definition, line);
            if (row.Point?.Period is { } period && row.Errors.Count == 0)
            {
                if (seen.TryGetValue(period, out var first))
                    row = row with { Errors = [Errors.OnLine(line, Errors.Duplicate("period", $"Perioden {period} (linje {first})", $"The period {period} (line {first})"))] };
                else
                    seen[period] = line;
            }
            rows.Add(row);
        }
        return new(rows, rows.Count == 0 ? [Errors.Invalid("csv", "CSV-filen har ingen datarader under overskriftene.", "The CSV has no data rows below the header.")] : []);
    }

    private static CsvRowResult ReadRow(IReadOnlyList<string> cells, IReadOnlyDictionary<Column, int> columns, MeasureDefinition definition, int line)
    {
        var errors = new List<UserError>();
        string Cell(Column c) => columns.TryGetValue(c, out var index) && index < cells.Count ? cells[index].Trim() : "";
        double? Number(Column c, string field)
        {
            var text = Cell(c);
            if (text.Length == 0)
                return null;
            if (CsvNumbers.TryParse(text, out var value))
                return value;
            errors.Add(Errors.Invalid(field, $"«{text}» er ikke et tall.", $"'{text}' is not a number."));
            return null;
        }

        var periodText = Cell(Column.Period);
        var period = PeriodOf(periodText, definition.Frequency);
        if (periodText.Length == 0)
            errors.Add(Errors.Required("period"));
        else if (period is null)
            errors.Add(MeasureRules.BadPeriod("period", periodText, definition.Frequency) with
            {
                MessageNb = $"«{periodText}» er verken en dato (dd.mm.åååå eller åååå-mm-dd) eller {Periods.Pattern(definition.Frequency).Nb}.",
                MessageEn = $"'{periodText}' is neither a date (dd.mm.yyyy or yyyy-mm-dd) nor {Periods.Pattern(definition.Frequency).En}.",
            });
        var note = Cell(Column.Note);
        var point = new PointInput(period, null, Number(Column.Value, "value"), Number(Column.Numerator, "numerator"),
            Number(Column.Denominator, "denominator"), note.Length == 0 ? null : note);
        if (errors.Count == 0)
            errors.AddRange(PointRules.Validate(definition, point).Errors);
        return new CsvRowResult(line, point, false, errors.Select(e => Errors.OnLine(line, e)).ToList());
    }

    /// <summary>A period key of the measure's frequency, or a Norwegian or ISO date turned into one.</summary>
    public static string? PeriodOf(string text, Frequency frequency)
    {
        if (Periods.IsValid(text, frequency))
            return text;
        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "d.M.yy", "dd/MM/yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && Periods.IsValid(Periods.KeyOf(date, frequency), frequency)
            ? Periods.KeyOf(date, frequency)
            : null;
    }

    private static (IReadOnlyDictionary<Column, int>, IReadOnlyList<UserError>) ReadHeader(IReadOnlyList<string> header, DataKind kind)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (Headers.TryGetValue(header[i].Trim(), out var column) && !columns.ContainsKey(column))
                columns[column] = i;
        }
        var errors = new List<UserError>();
        var needed = ValueKinds.UsesRatio(kind) ? new[] { Column.Period, Column.Numerator, Column.Denominator } : [Column.Period, Column.Value];
        foreach (var missing in needed.Where(c => !columns.ContainsKey(c)))
        {
            var (nb, en) = missing switch
            {
                Column.Period => ("periode (eller dato)", "period (or date)"),
                Column.Numerator => ("teller", "numerator"),
                Column.Denominator => ("nevner", "denominator"),
                _ => ("verdi", "value"),
            };
            errors.Add(new UserError("MISSING_COLUMN", "lines[1]",
                $"Linje 1: overskriftsraden mangler kolonnen «{nb}».", $"Line 1: the header row lacks the column '{en}'."));
        }
        return (columns, errors);
    }

    /// <summary>The separator used most in the header row; semicolon wins a tie, being what Norwegian Excel writes.</summary>
    private static char Separator(string header)
    {
        char[] candidates = [';', ',', '\t'];
        return candidates.OrderByDescending(c => header.Count(x => x == c)).ThenBy(c => Array.IndexOf(candidates, c)).First();
    }

    /// <summary>Splits one line, honouring double quotes ("" inside quotes is a quote).</summary>
    public static IReadOnlyList<string> Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
