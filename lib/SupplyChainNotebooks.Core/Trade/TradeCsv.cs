using System.Globalization;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Trade;

/// <summary>
/// Shared CSV plumbing of the trade readers (Sep): opening with a clear error, resolving columns by name (with the
/// layout's name in the message when one is missing), and parsing cells with file/line/column in every error.
/// </summary>
internal static class TradeCsv
{
    /// <summary>Opens a comma-separated reader with a header; quoted names with commas are unescaped.</summary>
    public static SepReader OpenReader(Stream stream, string file)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new DataFormatException(file, 1, null, $"cannot read the header: {(e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…")}", e);
        }
    }

    /// <summary>Index of the first of <paramref name="names"/> present in the header.</summary>
    /// <exception cref="DataFormatException">None present: names the layout, the expected and the found columns.</exception>
    public static int Column(SepReaderHeader header, string file, string layout, params string[] names)
    {
        if (header.ColNames.Count == 0 || (header.ColNames.Count == 1 && header.ColNames[0].Trim().Trim('\uFEFF').Length == 0))
            throw new DataFormatException(file, 1, null, $"empty file: no header line (expected the {layout} layout)");
        foreach (var n in names)
        {
            var i = IndexOf(header, n);
            if (i >= 0) return i;
        }
        var found = header.ColNames.Count == 0 ? "(empty header)" : string.Join(",", header.ColNames);
        var hint = header.ColNames.Count == 1 && (found.Contains(';') || found.Contains('\t')) ? " — the file does not look comma-separated" : "";
        throw new DataFormatException(file, 1, names[0], $"missing column '{string.Join("' or '", names)}' of the {layout} layout; the header is {Clip(found, 200)}{hint}");
    }

    /// <summary>Index of an optional column, or −1.</summary>
    public static int OptionalColumn(SepReaderHeader header, string name) => IndexOf(header, name);

    /// <summary>Names of the header, trimmed and lower-cased (for layout detection).</summary>
    public static string[] Names(SepReaderHeader header) => header.ColNames.Select(n => n.Trim().Trim('\uFEFF').ToLowerInvariant()).ToArray();

    /// <summary>Rejects a row whose cell count differs from the header's.</summary>
    public static void CheckWidth(SepReader.Row row, int width, string file)
    {
        if (row.ColCount != width)
            throw new DataFormatException(file, row.LineNumberFrom, null, $"ragged row: {row.ColCount} cells, the header has {width}");
    }

    /// <summary>True for an empty row (a blank trailing line).</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().Length == 0;

    /// <summary>A required non-negative finite number.</summary>
    public static double Number(SepReader.Row row, int col, string column, string file)
    {
        var cell = row[col].Span.Trim();
        if (cell.Length == 0 || cell.SequenceEqual("NA"))
            throw new DataFormatException(file, row.LineNumberFrom, column, "empty value");
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            throw new DataFormatException(file, row.LineNumberFrom, column, $"non-numeric value '{Clip(cell.ToString(), 40)}'");
        if (!double.IsFinite(v)) throw new DataFormatException(file, row.LineNumberFrom, column, $"non-finite value '{cell.ToString()}'");
        if (v < 0) throw new DataFormatException(file, row.LineNumberFrom, column, $"negative trade value {cell.ToString()}");
        return v;
    }

    /// <summary>An optional non-negative number: empty, <c>NA</c> or blank-padded <c>NA</c> → null.</summary>
    public static double? OptionalNumber(SepReader.Row row, int col, string column, string file)
    {
        var cell = row[col].Span.Trim();
        if (cell.Length == 0 || cell.SequenceEqual("NA")) return null;
        return Number(row, col, column, file);
    }

    /// <summary>A year between 1900 and 2100.</summary>
    public static int Year(SepReader.Row row, int col, string column, string file)
    {
        var cell = row[col].Span.Trim();
        if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100)
            throw new DataFormatException(file, row.LineNumberFrom, column, $"'{Clip(cell.ToString(), 40)}' is not a year");
        return y;
    }

    /// <summary>An integer code (country number).</summary>
    public static int Integer(SepReader.Row row, int col, string column, string file)
    {
        var cell = row[col].Span.Trim();
        if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw new DataFormatException(file, row.LineNumberFrom, column, $"'{Clip(cell.ToString(), 40)}' is not an integer code");
        return v;
    }

    /// <summary>
    /// An HS6 code: six digits, or five when a reader dropped the leading zero of chapters 01–09 (as happens when
    /// BACI's <c>k</c> is read as a number); returned as six digits.
    /// </summary>
    public static string Hs6(SepReader.Row row, int col, string column, string file)
    {
        var cell = row[col].Span.Trim();
        if (cell.Length is 5 or 6 && IsDigits(cell)) return cell.Length == 6 ? cell.ToString() : "0" + cell.ToString();
        throw new DataFormatException(file, row.LineNumberFrom, column, $"'{Clip(cell.ToString(), 40)}' is not an HS6 code (six digits)");
    }

    /// <summary>A non-empty country code cell (ISO2/ISO3), upper-cased.</summary>
    public static string Code(SepReader.Row row, int col, string column, string file, int length)
    {
        var cell = row[col].Span.Trim();
        if (cell.Length != length)
            throw new DataFormatException(file, row.LineNumberFrom, column, $"'{Clip(cell.ToString(), 40)}' is not an ISO{length} country code");
        return cell.ToString().ToUpperInvariant();
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    private static int IndexOf(SepReaderHeader header, string name)
    {
        var names = header.ColNames;
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i].Trim().Trim('\uFEFF'), name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public static string Clip(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
