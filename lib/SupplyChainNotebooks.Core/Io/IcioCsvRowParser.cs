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

    /// <param name="Row">The row (its line is filled in by the consumer, in file order).</param>
    /// <param name="Skip">A blank line.</param>
    /// <param name="Error">What is wrong with the row, or null.</param>
    /// <param name="Column">Column of the problem, or null.</param>
    /// <param name="ExtraLines">Line breaks inside quoted cells (the row spans 1 + this many lines).</param>
    private readonly record struct Outcome(ParsedRow Row, bool Skip, string? Error, string? Column, int ExtraLines);

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
        // Sep's row and line numbers are not valid inside ParallelEnumerate: lines are counted here, in file order.
        long next = 2 + header.Sum(h => h.Count(ch => ch == '\n'));
        using var enumerator = outcomes.GetEnumerator();
        while (MoveNext(enumerator, name, next))
        {
            var outcome = enumerator.Current;
            var line = next;
            next += 1 + outcome.ExtraLines;
            if (outcome.Skip) continue;
            if (outcome.Error is not null) throw new DataFormatException(name, line, outcome.Column, outcome.Error);
            yield return outcome.Row with { Line = line };
        }
    }

    /// <summary>
    /// Advances the row enumeration; a read error below Sep (a damaged gzip stream, a line over the length limit) comes
    /// out of the parallel enumeration wrapped in <see cref="AggregateException"/>: it is unwrapped, and a low-level
    /// decompression or I/O error becomes a <see cref="DataFormatException"/> naming the file.
    /// </summary>
    private static bool MoveNext(IEnumerator<Outcome> enumerator, string name, long line)
    {
        try
        {
            return enumerator.MoveNext();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is [SupplyChainException inner])
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is [var inner] && inner is InvalidDataException or IOException)
        {
            throw new DataFormatException(name, line, null, $"cannot read the file: {inner.Message}", inner);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new DataFormatException(name, line, null, $"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>True when a stream of this length is worth parsing in parallel (unknown length: yes).</summary>
    public static bool WorthParallel(Stream stream) => stream is LineLimitedStream limited
        ? limited.SourceLength is not { } length || length >= ParallelFromBytes
        : !stream.CanSeek || stream.Length >= ParallelFromBytes;

    private static Outcome ParseRow(SepReader.Row row, string[] header, int width)
    {
        var extra = row.Span.Count('\n');
        if (row.ColCount != header.Length)
        {
            if (row.ColCount == 1 && row[0].Span.Trim().Length == 0) return new Outcome(default, true, null, null, extra); // blank trailing line
            return Fail(extra, null, $"ragged row: {row.ColCount} cells, the header has {header.Length}");
        }
        var label = row[0].Span.Trim().ToString();
        if (label.Length == 0) return Fail(extra, header[0], "empty row label");
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
                    return Fail(extra, header[c + 1], $"non-numeric cell '{Clip(cell.ToString())}' in row {label}");
            }
            if (!double.IsFinite(v))
                return Fail(extra, header[c + 1], $"non-finite value '{col.Span.Trim().ToString()}' in row {label}");
            values[c] = v;
        }
        return new Outcome(new ParsedRow(label, values, 0), false, null, null, extra);
    }

    private static Outcome Fail(int extraLines, string? column, string message) => new(default, false, message, column, extraLines);

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
