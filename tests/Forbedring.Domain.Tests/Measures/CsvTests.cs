using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Measures;
using Forbedring.Domain.Measures;

namespace Forbedring.Domain.Tests.Measures;

public sealed class CsvTests
{
    private static CsvImport.Parsed Parse(string csv, DataKind kind = DataKind.Count, Frequency frequency = Frequency.Month) =>
        CsvImport.Parse(csv, Defs.Of(kind, frequency));

    [Fact]
    public void Semicolons_decimal_commas_and_Norwegian_dates_are_read()
    {
        var parsed = Parse("dato;verdi;merknad\n15.03.2024;12,5;første\n2024-04-02;7;\n", DataKind.Measurement);
        Assert.True(parsed.Succeeded);
        Assert.Equal(["2024-03", "2024-04"], parsed.Rows.Select(r => r.Point!.Period));
        Assert.Equal(12.5, parsed.Rows[0].Point!.Value);
        Assert.Equal("første", parsed.Rows[0].Point!.Note);
        Assert.Null(parsed.Rows[1].Point!.Note);
        Assert.Equal([2, 3], parsed.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Commas_with_decimal_points_and_English_headers_are_read()
    {
        var parsed = Parse("Period,Numerator,Denominator,Note\r\n2024-W05,3,10,\"checked, twice\"\r\n2024-W06,4,12,\r\n", DataKind.Proportion, Frequency.Week);
        Assert.True(parsed.Succeeded);
        Assert.Equal("checked, twice", parsed.Rows[0].Point!.Note);
        Assert.Equal((3.0, 10.0), (parsed.Rows[0].Point!.Numerator!.Value, parsed.Rows[0].Point!.Denominator!.Value));
    }

    [Fact]
    public void Tabs_a_byte_order_mark_and_blank_lines_are_tolerated()
    {
        var parsed = Parse("\uFEFFperiode\tverdi\n\n2024-01\t1\n2024-02\t2\n\n", DataKind.Count);
        Assert.True(parsed.Succeeded);
        Assert.Equal([3, 4], parsed.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("\u22122,5", -2.5)]
    [InlineData("-3", -3)]
    [InlineData("1e3", 1000)]
    public void Numbers_are_read_as_spreadsheets_write_them(string text, double value)
    {
        Assert.True(CsvNumbers.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("12%")]
    public void Things_that_are_not_plain_numbers_are_refused(string text) =>
        Assert.False(CsvNumbers.TryParse(text, out _));

    [Fact]
    public void Each_bad_row_is_reported_by_its_line_number_in_both_languages()
    {
        var parsed = Parse("periode;teller;nevner\n2024-01;3;10\n2024-13;3;10\n2024-03;11;10\n2024-04;x;10\n2024-05;;10\n", DataKind.Proportion);
        Assert.False(parsed.Succeeded);
        Assert.Empty(parsed.Rows[0].Errors);
        var badPeriod = Assert.Single(parsed.Rows[1].Errors);
        Assert.Equal("lines[3].period", badPeriod.Field);
        Assert.StartsWith("Linje 3:", badPeriod.MessageNb);
        Assert.StartsWith("Line 3:", badPeriod.MessageEn);
        Assert.Equal("NUMERATOR_ABOVE_DENOMINATOR", Assert.Single(parsed.Rows[2].Errors).Code);
        Assert.Contains("«x» er ikke et tall", Assert.Single(parsed.Rows[3].Errors).MessageNb);
        Assert.Equal("lines[6].numerator", Assert.Single(parsed.Rows[4].Errors).Field);
    }

    [Fact]
    public void Two_rows_in_the_same_period_are_refused_naming_the_first()
    {
        var parsed = Parse("dato;verdi\n01.03.2024;1\n20.03.2024;2\n", DataKind.Count);
        var error = Assert.Single(parsed.Rows[1].Errors);
        Assert.Equal("DUPLICATE", error.Code);
        Assert.Contains("linje 2", error.MessageNb);
    }

    [Theory]
    [InlineData("periode;teller\n2024-01;1\n", DataKind.Proportion, "nevner")]
    [InlineData("dato;antall_x\n2024-01;1\n", DataKind.Count, "verdi")]
    [InlineData("verdi\n1\n", DataKind.Count, "periode")]
    public void A_header_without_the_needed_columns_is_refused_on_line_1(string csv, DataKind kind, string column)
    {
        var parsed = Parse(csv, kind);
        Assert.Empty(parsed.Rows);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal("MISSING_COLUMN", error.Code);
        Assert.Contains(column, error.MessageNb);
    }

    [Theory]
    [InlineData("")]
    [InlineData("periode;verdi\n")]
    public void An_empty_file_is_refused(string csv) =>
        Assert.NotEmpty(Parse(csv).Errors);

    [Fact]
    public void Export_is_semicolon_separated_with_decimal_commas_and_reads_back()
    {
        var stamp = new Stamp(DateTimeOffset.UnixEpoch, "p", "P");
        var definition = Defs.Of(DataKind.Measurement);
        MeasurePoint[] points =
        [
            new("2024-02", -1.25, null, null, "to linjer\nog «semikolon»; her", stamp, null, [], []),
            new("2024-01", 1234.5, null, null, null, stamp, null, [], []),
        ];

        var csv = CsvExport.Write(definition, points);

        Assert.Equal("periode;verdi;merknad\r\n2024-01;1234,5;\r\n2024-02;-1,25;\"to linjer og «semikolon»; her\"\r\n", csv);
        var back = CsvImport.Parse(csv, definition);
        Assert.True(back.Succeeded);
        Assert.Equal([1234.5, -1.25], back.Rows.Select(r => r.Point!.Value!.Value));
        Assert.Equal("to linjer og «semikolon»; her", back.Rows[1].Point!.Note);
    }
}
