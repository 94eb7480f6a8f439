using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace SupplyChainNotebooks.Io;

/// <summary>
/// Streams the cell values of one worksheet of an Excel binary workbook (.xlsb), the form in which WIOD 2016 publishes its
/// world input–output tables; ExcelDataReader 3.6, the newest served here, cannot read it.
/// <para>Written from the published format specification [MS-XLSB] (Open Specifications): the workbook is a ZIP package;
/// <c>xl/workbook.bin</c> lists the sheets (BrtBundleSh: name and relationship id, resolved through
/// <c>xl/_rels/workbook.bin.rels</c>), <c>xl/sharedStrings.bin</c> holds the shared strings (BrtSSTItem), and each
/// sheet part is a sequence of records — a 1–2 byte type and a 1–4 byte size, 7 bits per byte with a continuation bit —
/// in which BrtRowHdr opens a row and the cell records (BrtCell*, BrtFmla*, and the BrtShort* forms that omit the column,
/// which is then the previous cell's plus one) carry the values. Only values are read: styles, formulas' token streams
/// and rich-text runs are skipped by their record sizes.</para>
/// <para>Rows come out in sheet order with missing rows as empty rows, so row numbers are Excel's; a row holds
/// <see cref="double"/> (numbers), <see cref="string"/> (text; error cells as their Excel text such as <c>#DIV/0!</c>),
/// <see cref="bool"/> or null. Damage (truncated parts, impossible sizes, rows out of order) raises
/// <see cref="InvalidDataException"/>, which the callers turn into a <see cref="Errors.DataFormatException"/>.</para>
/// </summary>
internal sealed class XlsbSheetReader : IDisposable
{
    private const int BrtRowHdr = 0, BrtSstItem = 19, BrtCellRString = 62, BrtBeginSheetData = 145, BrtEndSheetData = 146,
        BrtWsDim = 148, BrtBundleSh = 156;
    private const int MaxRecordSize = 1 << 26; // far above any record a value-only read meets; larger means damage

    private readonly ZipArchive _zip;
    private readonly Stream _sheet;
    private readonly IReadOnlyList<string> _sharedStrings;
    private byte[] _body = new byte[256];
    private int _bodyLength;
    private int _columns;
    private int _nextRow;           // 0-based index of the row Next returns next
    private int _headerRow = -1;    // row index of a BrtRowHdr read ahead, not yet returned
    private bool _inData, _ended;

    private XlsbSheetReader(ZipArchive zip, Stream sheet, IReadOnlyList<string> sharedStrings)
    {
        _zip = zip;
        _sheet = sheet;
        _sharedStrings = sharedStrings;
    }

    /// <summary>True if the file is a ZIP package with a binary workbook part.</summary>
    public static bool IsXlsb(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("xl/workbook.bin") is not null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The worksheet names of a workbook, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return Sheets(zip, Relationships(zip)).Select(s => s.Name).ToArray();
    }

    /// <summary>Opens worksheet number <paramref name="index"/> (0-based, workbook order).</summary>
    public static XlsbSheetReader Open(string path, int index)
    {
        var zip = ZipFile.OpenRead(path);
        try
        {
            var relationships = Relationships(zip);
            var sheets = Sheets(zip, relationships);
            if (index < 0 || index >= sheets.Count) throw new ArgumentOutOfRangeException(nameof(index));
            var part = zip.GetEntry(sheets[index].Part) ?? throw new InvalidDataException($"sheet part {sheets[index].Part} is missing");
            var strings = SharedStrings(zip, relationships);
            var reader = new XlsbSheetReader(zip, new BufferedStream(part.Open(), 1 << 16), strings);
            reader.ReadToSheetData();
            return reader;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the next row into <paramref name="cells"/> (resized to the sheet's width, at least the row's last column + 1);
    /// false after the last row.
    /// </summary>
    public bool Next(ref object?[] cells)
    {
        if (_headerRow < 0 && !_ended) _headerRow = AdvanceToRowHeader();
        if (_headerRow < 0) return false;
        if (_headerRow < _nextRow) throw new InvalidDataException($"row {_headerRow + 1} follows row {_nextRow} (rows out of order)");
        if (cells.Length != _columns) cells = new object?[_columns];
        else Array.Clear(cells);
        if (_headerRow > _nextRow)
        {
            _nextRow++;                                   // a row the sheet does not store: empty
            return true;
        }
        var column = -1;
        while (true)
        {
            var type = ReadRecord();
            if (type < 0 || type == BrtEndSheetData)
            {
                _ended = true;
                _headerRow = -1;
                break;
            }
            if (type == BrtRowHdr)
            {
                _headerRow = RowIndex();
                break;
            }
            if (!IsCell(type)) continue;
            var shortForm = type is >= 12 and <= 18;
            column = shortForm ? column + 1 : (int)U32(0);
            if (column < 0 || column > 16_383) throw new InvalidDataException($"cell column {column} outside the sheet");
            if (column >= cells.Length)
            {
                Array.Resize(ref cells, column + 1);
                _columns = column + 1;
            }
            cells[column] = Value(type, shortForm ? 4 : 8);
        }
        _nextRow++;
        return true;
    }

    private static bool IsCell(int type) => type is >= 1 and <= 18 || type == BrtCellRString;

    /// <summary>The value of a cell record whose fixed cell part is <paramref name="at"/> bytes long.</summary>
    private object? Value(int type, int at) => type switch
    {
        1 or 12 => null,                                              // blank (formatting only)
        2 or 13 => Rk(U32(at)),
        3 or 11 or 14 => ErrorText(Byte(at)),
        4 or 10 or 15 => Byte(at) != 0,
        5 or 9 or 16 => BinaryPrimitives.ReadDoubleLittleEndian(Span(at, 8)),
        6 or 8 or 17 => WideString(ref at),
        7 or 18 => SharedString(U32(at)),
        BrtCellRString => RichString(at),
        _ => throw new InvalidDataException($"record type {type} is not a cell"),
    };

    /// <summary>An RkNumber: bit 0 = divide by 100, bit 1 = 30-bit signed integer, else the top 30 bits of a double.</summary>
    internal static double Rk(uint raw)
    {
        var value = (raw & 2) != 0
            ? (int)raw >> 2
            : BitConverter.Int64BitsToDouble((long)((ulong)(raw & 0xFFFF_FFFC) << 32));
        return (raw & 1) != 0 ? value / 100 : value;
    }

    private static string ErrorText(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        0x2B => "#GETTING_DATA",
        _ => $"#ERROR{code}",
    };

    private string SharedString(uint index) =>
        index < _sharedStrings.Count ? _sharedStrings[(int)index] : throw new InvalidDataException($"shared string {index} of {_sharedStrings.Count}");

    private string RichString(int at)
    {
        at += 1;                                                      // flags: rich-text runs and phonetic data follow the text
        return WideString(ref at);
    }

    private void ReadToSheetData()
    {
        while (!_inData)
        {
            var type = ReadRecord();
            if (type < 0) throw new InvalidDataException("the sheet part has no cell data (BrtBeginSheetData)");
            if (type == BrtWsDim && _bodyLength >= 16) _columns = (int)Math.Min(U32(12) + 1, 16_384);
            if (type == BrtBeginSheetData) _inData = true;
        }
    }

    private int AdvanceToRowHeader()
    {
        while (true)
        {
            var type = ReadRecord();
            if (type < 0 || type == BrtEndSheetData)
            {
                _ended = true;
                return -1;
            }
            if (type == BrtRowHdr) return RowIndex();
        }
    }

    private int RowIndex()
    {
        var row = U32(0);
        return row <= 1_048_575 ? (int)row : throw new InvalidDataException($"row index {row} outside the sheet");
    }

    /// <summary>Reads one record of the sheet part into the body buffer; its type, or -1 at the end of the part.</summary>
    private int ReadRecord() => ReadRecord(_sheet, ref _body, out _bodyLength);

    private static int ReadRecord(Stream stream, ref byte[] body, out int length)
    {
        length = 0;
        var first = stream.ReadByte();
        if (first < 0) return -1;
        var type = first & 0x7F;
        if ((first & 0x80) != 0) type |= (Required(stream) & 0x7F) << 7;
        var size = 0;
        for (var i = 0; ; i++)
        {
            var b = Required(stream);
            size |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) break;
            if (i == 3) throw new InvalidDataException("record size longer than 4 bytes");
        }
        if (size > MaxRecordSize) throw new InvalidDataException($"record of {size} bytes");
        if (body.Length < size) body = new byte[Math.Max(size, body.Length * 2)];
        stream.ReadExactly(body, 0, size);
        length = size;
        return type;
    }

    private static int Required(Stream stream) =>
        stream.ReadByte() is >= 0 and var b ? b : throw new InvalidDataException("the part ends inside a record header");

    private ReadOnlySpan<byte> Span(int at, int count) =>
        at + count <= _bodyLength ? _body.AsSpan(at, count) : throw new InvalidDataException($"record of {_bodyLength} bytes read at {at}+{count}");

    private uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(Span(at, 4));

    private byte Byte(int at) => Span(at, 1)[0];

    private string WideString(ref int at) => WideString(_body, _bodyLength, ref at);

    /// <summary>An XLWideString: a 32-bit character count and UTF-16LE text.</summary>
    private static string WideString(byte[] body, int length, ref int at)
    {
        if (at + 4 > length) throw new InvalidDataException("string length beyond the record");
        var count = BinaryPrimitives.ReadUInt32LittleEndian(body.AsSpan(at, 4));
        if (count == 0xFFFF_FFFF) { at += 4; return ""; }            // XLNullableWideString: null
        if (count > (uint)(length - at - 4) / 2) throw new InvalidDataException($"string of {count} characters beyond the record");
        var text = Encoding.Unicode.GetString(body, at + 4, (int)count * 2);
        at += 4 + (int)count * 2;
        return text;
    }

    private static IReadOnlyList<(string Name, string Part)> Sheets(ZipArchive zip, Dictionary<string, string> targets)
    {
        var list = new List<(string, string)>();
        using var stream = new BufferedStream((zip.GetEntry("xl/workbook.bin") ?? throw new InvalidDataException("no xl/workbook.bin")).Open());
        var body = new byte[256];
        int type;
        while ((type = ReadRecord(stream, ref body, out var length)) >= 0)
        {
            if (type != BrtBundleSh) continue;
            var at = 8;                                               // hsState, iTabID
            var relId = WideString(body, length, ref at);
            var name = WideString(body, length, ref at);
            if (!targets.TryGetValue(relId, out var part)) throw new InvalidDataException($"sheet '{name}' points to relationship '{relId}', which the workbook does not define");
            list.Add((name, part));
        }
        return list.Count > 0 ? list : throw new InvalidDataException("the workbook lists no sheets");
    }

    private static Dictionary<string, string> Relationships(ZipArchive zip)
    {
        var entry = zip.GetEntry("xl/_rels/workbook.bin.rels") ?? throw new InvalidDataException("no xl/_rels/workbook.bin.rels");
        using var stream = entry.Open();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in XDocument.Load(stream).Root?.Elements().Where(e => e.Name.LocalName == "Relationship") ?? [])
        {
            if (r.Attribute("Id")?.Value is not { } id || r.Attribute("Target")?.Value is not { } target) continue;
            map[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        return map;
    }

    private static IReadOnlyList<string> SharedStrings(ZipArchive zip, Dictionary<string, string> relationships)
    {
        var target = relationships.Values.FirstOrDefault(v => v.EndsWith("sharedStrings.bin", StringComparison.OrdinalIgnoreCase)) ?? "xl/sharedStrings.bin";
        if (zip.GetEntry(target) is not { } entry) return [];
        using var stream = new BufferedStream(entry.Open(), 1 << 16);
        var list = new List<string>();
        var body = new byte[256];
        int type;
        while ((type = ReadRecord(stream, ref body, out var length)) >= 0)
        {
            if (type != BrtSstItem) continue;
            var at = 1;                                               // flags (rich text, phonetic)
            list.Add(WideString(body, length, ref at));
        }
        return list;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sheet.Dispose();
        _zip.Dispose();
    }
}
