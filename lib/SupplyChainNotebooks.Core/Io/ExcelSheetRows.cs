using System.Globalization;
using System.Text;
using ExcelDataReader;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Streams the rows of one worksheet of an .xlsx/.xls workbook through ExcelDataReader (3.6), or of a binary .xlsb
/// workbook through the project's own <see cref="XlsbSheetReader"/> (ExcelDataReader 3.6 cannot read .xlsb), with
/// 1-based Excel row numbers and column letters for messages. Registers the code-page encodings ExcelDataReader needs for
/// legacy .xls.
/// </summary>
internal sealed class ExcelSheetRows : IDisposable
{
    private static readonly Lazy<bool> s_encodings = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private readonly Stream? _stream;
    private readonly IExcelDataReader? _reader;
    private readonly XlsbSheetReader? _xlsb;

    private ExcelSheetRows(string path, Stream? stream, IExcelDataReader? reader, XlsbSheetReader? xlsb, string sheet, IReadOnlyList<string> sheets)
    {
        Path = path;
        _stream = stream;
        _reader = reader;
        _xlsb = xlsb;
        Sheet = sheet;
        Sheets = sheets;
    }

    /// <summary>The workbook path.</summary>
    public string Path { get; }

    /// <summary>The worksheet being read.</summary>
    public string Sheet { get; }

    /// <summary>All worksheet names in workbook order.</summary>
    public IReadOnlyList<string> Sheets { get; }

    /// <summary>1-based Excel row number of the row last returned by <see cref="Next"/> (0 before the first).</summary>
    public int Row { get; private set; }

    /// <summary>
    /// Opens a workbook and positions on the first worksheet for which <paramref name="choose"/> returns true (given the
    /// list of names; returns the index to read).
    /// </summary>
    /// <exception cref="DataFormatException">Not found, not an Excel workbook, damaged, or no such sheet.</exception>
    public static ExcelSheetRows Open(string path, Func<IReadOnlyList<string>, int> choose)
    {
        _ = s_encodings.Value;
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        if (XlsbSheetReader.IsXlsb(path)) return OpenXlsb(path, choose);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (IsDamage(e))
        {
            stream.Dispose();
            throw new DataFormatException(path, null, null, $"not an Excel workbook (.xlsx or .xls), or a damaged one ({e.GetType().Name}: {e.Message}); download or copy the file again", e);
        }
        var names = new List<string>();
        try
        {
            do names.Add(reader.Name ?? ""); while (reader.NextResult());
        }
        catch (Exception e) when (IsDamage(e))
        {
            reader.Dispose();
            stream.Dispose();
            throw new DataFormatException(path, null, null, $"damaged workbook: cannot list its worksheets ({e.GetType().Name}: {e.Message})", e);
        }
        var index = choose(names);
        if (index < 0 || index >= names.Count)
        {
            reader.Dispose();
            stream.Dispose();
            throw new DataFormatException(path, null, null, $"no suitable worksheet; the workbook has: {string.Join(", ", names.Select(n => $"'{n}'"))}");
        }
        reader.Reset();
        for (var i = 0; i < index; i++) reader.NextResult();
        return new ExcelSheetRows(path, stream, reader, null, names[index], names);
    }

    private static ExcelSheetRows OpenXlsb(string path, Func<IReadOnlyList<string>, int> choose)
    {
        IReadOnlyList<string> names;
        try
        {
            names = XlsbSheetReader.SheetNames(path);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new DataFormatException(path, null, null, $"damaged binary workbook (.xlsb): cannot list its worksheets ({e.GetType().Name}: {e.Message}); download or copy the file again", e);
        }
        var index = choose(names);
        if (index < 0 || index >= names.Count)
            throw new DataFormatException(path, null, null, $"no suitable worksheet; the workbook has: {string.Join(", ", names.Select(n => $"'{n}'"))}");
        try
        {
            return new ExcelSheetRows(path, null, null, XlsbSheetReader.Open(path, index), names[index], names);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new DataFormatException(path, null, $"sheet {names[index]}", $"damaged binary workbook (.xlsb): cannot open the sheet ({e.GetType().Name}: {e.Message}); download or copy the file again", e);
        }
    }

    /// <summary>Reads the next row into <paramref name="cells"/> (resized as needed); false at the end of the sheet.</summary>
    /// <exception cref="DataFormatException">The workbook is damaged (bad compressed data or XML in the sheet).</exception>
    public bool Next(ref object?[] cells)
    {
        try
        {
            if (_xlsb is not null)
            {
                if (!_xlsb.Next(ref cells)) return false;
                Row++;
                return true;
            }
            if (!_reader!.Read()) return false;
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new DataFormatException(Path, Row + 1, $"sheet {Sheet}", $"damaged workbook: cannot read row {Row + 1} ({e.GetType().Name}: {e.Message}); download or copy the file again", e);
        }
        Row++;
        var count = _reader.FieldCount;
        if (cells.Length != count) cells = new object?[count];
        for (var i = 0; i < count; i++) cells[i] = _reader.GetValue(i);
        return true;
    }

    /// <summary>A cell as trimmed text ("" when empty or beyond the row).</summary>
    public static string Text(object?[] cells, int column) =>
        column < cells.Length && cells[column] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

    /// <summary>
    /// A cell as a number: numeric cells as they are, numeric text parsed invariantly, empty or blank cells as 0 (the
    /// ADB and WIOD workbooks leave some zero cells blank). Anything else is a format error naming sheet, row and column.
    /// </summary>
    public double Number(object?[] cells, int column, string rowLabel)
    {
        if (column >= cells.Length) return 0;
        switch (cells[column])
        {
            case null: return 0;
            case double d when double.IsFinite(d): return d;
            case double d: throw Error(column, $"non-finite value {d} in row {rowLabel}");
            case int i: return i;
            case long l: return l;
            case decimal m: return (double)m;
            case string s:
                var t = s.Trim();
                if (t.Length == 0) return 0;
                if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
                throw Error(column, $"non-numeric cell '{(t.Length > 40 ? t[..40] + "…" : t)}' in row {rowLabel}");
            case var other: throw Error(column, $"unexpected {other.GetType().Name} cell in row {rowLabel}");
        }
    }

    /// <summary>A format error at the current row and a column.</summary>
    public DataFormatException Error(int? column, string problem) =>
        new(Path, Row == 0 ? null : Row, column is { } c ? $"{Sheet}!{ColumnName(c)}" : $"sheet {Sheet}", problem);

    /// <summary>
    /// True for an exception the Excel parser raises on a damaged or foreign file (bad zip, deflate data or XML, an
    /// unexpected record): anything but the project's own errors and the process-level ones.
    /// </summary>
    internal static bool IsDamage(Exception e) =>
        e is not (SupplyChainException or OutOfMemoryException or OperationCanceledException);

    /// <summary>Excel column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var sb = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26) sb.Insert(0, (char)('A' + (n - 1) % 26));
        return sb.ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _xlsb?.Dispose();
        _reader?.Dispose();
        _stream?.Dispose();
    }
}
