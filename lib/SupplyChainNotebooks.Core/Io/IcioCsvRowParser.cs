using System.Globalization;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// The inner loop of <see cref="IcioCsvReader"/>: turns the data rows of an ICIO-layout CSV into (label, values, line),
/// in file order. Rows are cut by Sep on the reading thread and their numbers are parsed on all cores
/// (<c>ParallelEnumerate</c>); a 250 MB OECD ICIO file is mostly number parsing. A problem in a row (ragged row, empty
/// label, non-numeric or non-finite cell) is raised as <see cref="DataFormatException"/> when that row is reached in
/// order, so the first bad row of the file is the one reported, with its line and column.
/// </summary>
internal static class IcioCsvRowParser
{
    /// <summary>Rows below this count are parsed on the reading thread (parallel start-up would cost more).</summary>
    private const long ParallelFromBytes = 4 << 20;

    /// <summary>One parsed data row (values: every column after the label column).</summary>
    internal readonly record struct ParsedRow(string Label, double[] Values, long Line);

    private readonly record struct Outcome(ParsedRow Row, bool Skip, string? Error, string? Column);

    /// <summary>Parses every data row of <paramref name="reader"/> (header already read).</summary>
    /// <param name="reader">The Sep reader positioned after the header.</param>
    /// <param name="name">File name for messages.</param>
    /// <param name="header">Header cells (label column first).</param>
    /// <param name="parallel">Parse on all cores (large files); false parses on the calling thread.</param>
    public static IEnumerable<ParsedRow> Parse(SepReader reader, string name, string[] header, bool parallel)
    {
        var width = header.Length - 1;
        Outcome Select(SepReader.Row row) => ParseRow(row, header, width);
        var outcomes = parallel ? reader.ParallelEnumerate(Select) : reader.Enumerate(Select);
        foreach (var outcome in outcomes)
        {
            if (outcome.Skip) continue;
            if (outcome.Error is not null) throw new DataFormatException(name, outcome.Row.Line, outcome.Column, outcome.Error);
            yield return outcome.Row;
        }
    }

    /// <summary>True when a stream of this length is worth parsing in parallel (unknown length: yes).</summary>
    public static bool WorthParallel(Stream stream) => !stream.CanSeek || stream.Length >= ParallelFromBytes;

    private static Outcome ParseRow(SepReader.Row row, string[] header, int width)
    {
        var line = (long)row.LineNumberFrom;
        if (row.ColCount != header.Length)
        {
            if (row.ColCount == 1 && row[0].Span.Trim().Length == 0) return new Outcome(default, true, null, null); // blank trailing line
            return Fail(line, null, $"ragged row: {row.ColCount} cells, the header has {header.Length}");
        }
        var label = row[0].Span.Trim().ToString();
        if (label.Length == 0) return Fail(line, header[0], "empty row label");
        var values = new double[width];
        for (var c = 0; c < width; c++)
        {
            var col = row[c + 1];
            if (!col.TryParse<double>(out var v))
            {
                // Slow path: surrounding spaces, empty cells and anything the fast parser declines.
                var cell = col.Span.Trim();
                if (cell.Length == 0) continue;
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out v))
                    return Fail(line, header[c + 1], $"non-numeric cell '{Clip(cell.ToString())}' in row {label}");
            }
            if (!double.IsFinite(v))
                return Fail(line, header[c + 1], $"non-finite value '{col.Span.Trim().ToString()}' in row {label}");
            values[c] = v;
        }
        return new Outcome(new ParsedRow(label, values, line), false, null, null);
    }

    private static Outcome Fail(long line, string? column, string message) => new(new ParsedRow("", [], line), false, message, column);

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
