using System.IO.Compression;
using System.Text;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using SupplyChainNotebooks.Model.Codes;
using SupplyChainNotebooks.Tests.Trade;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// Damaged and unusual files across the formats (complementing <see cref="ReaderBadInputTests"/>): a UTF-8 byte-order mark
/// and CRLF line ends are read exactly like the plain file; damaged or truncated gzip, a line of 10 MB without a line
/// break, an empty or cut-off file, a foreign delimiter, a damaged or foreign workbook and a missing worksheet each give
/// <see cref="DataFormatException"/> naming the file and, where the file has lines, the line.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private static readonly IcioReadOptions Custom = new() { CustomLayout = true };
    private const string Good = "V1,AUS_A,AUS_B,AUS_HFCE,OUT\nAUS_A,1,2,7,10\nAUS_B,3,4,13,20\nTLS,0,0,,\nVA,6,14,,\nOUT,10,20,,\n";
    private readonly string _dir = Fixtures.ScratchFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static byte[] WithBomAndCrlf(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];

    internal static byte[] Gzip(byte[] content)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(content);
        return ms.ToArray();
    }

    /// <summary>A wiod2013-coded table of 5 × 35 nodes in the ICIO layout (about 100 kB of text).</summary>
    private byte[] LargeTable()
    {
        var path = IcioFixtureWriter.Write(Path.Combine(_dir, "large-source.csv"), ["AUS", "KOR", "JPN", "CHN", "USA"], IndustryCodes.Get("wiod2013").Codes.ToArray());
        return File.ReadAllBytes(path);
    }


    // ---- byte-order mark and CRLF are accepted -------------------------------------------------------------------

    [Fact]
    public void IcioWithByteOrderMarkAndCrlfReadsExactlyLikeThePlainFile()
    {
        var plain = IcioCsvReader.Read(Write("plain.csv", Good), Custom);
        var bom = IcioCsvReader.Read(Write("bom.csv", WithBomAndCrlf(Good)), Custom);
        TableAssert.Same(plain, bom);
        Assert.Equal("AUS_A", bom.Nodes[0].Label);                 // no U+FEFF glued to a label
        var gz = IcioCsvReader.Read(Write("bom.csv.gz", Gzip(WithBomAndCrlf(Good))), Custom);
        TableAssert.Same(plain, gz);
    }

    [Fact]
    public void ErrorsInACrlfFileWithByteOrderMarkStillNameTheRightLine()
    {
        var path = Write("bom-bad.csv", WithBomAndCrlf(Good.Replace("AUS_B,3,", "AUS_B,x3,", StringComparison.Ordinal)));
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Equal(3, e.Line);
        Assert.Equal("AUS_A", e.Column);
        Assert.StartsWith($"{path}:3 (column AUS_A): non-numeric cell 'x3'", e.Message);
    }

    [Fact]
    public void TradeExtractWithByteOrderMarkAndCrlfIsReadAndLinesCountRight()
    {
        const string text = "year,exporter,importer,hs6,value_usd\n2024,CHN,KOR,850511,80000\n2024,JPN,KOR,850511,5000\n";
        var set = BaciExtractUsdReader.Read(Write("bom-trade.csv", WithBomAndCrlf(text)));
        Assert.Equal([80_000.0, 5_000.0], set.Flows.Select(f => f.Value));
        Assert.Equal(["CHN", "JPN"], set.Flows.Select(f => f.Exporter));
        var bad = Write("bom-trade-bad.csv", WithBomAndCrlf(text.Replace("5000", "5x00", StringComparison.Ordinal)));
        var e = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(bad));
        Assert.Equal(3, e.Line);
        Assert.Equal("value_usd", e.Column);
    }

    [Fact]
    public void Wiod2016CsvWithByteOrderMarkAndCrlfReadsExactlyLikeThePlainFile()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wiod2016", "WIOT2014_October16_ROW.csv");
        var plain = Wiod2016CsvReader.Read(fixture);
        var bom = Wiod2016CsvReader.Read(Write("WIOT2014_bom.csv", WithBomAndCrlf(File.ReadAllText(fixture))));
        TableAssert.Same(plain, bom);
    }

    // ---- gzip ---------------------------------------------------------------------------------------------------

    [Fact]
    public void IntactGzipOfALargeTableReadsLikeThePlainFile()
    {
        var text = LargeTable();
        TableAssert.Same(IcioCsvReader.Read(Write("large.csv", text)), IcioCsvReader.Read(Write("large.csv.gz", Gzip(text))));
    }

    [Fact]
    public void DamagedDeflateDataNamesTheFileAndTheLineReached()
    {
        var gz = Gzip(LargeTable());
        for (var i = gz.Length / 2; i < gz.Length / 2 + 64; i++) gz[i] ^= 0x5A;
        var path = Write("damaged.csv.gz", gz);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("gzip", e.Problem);
        Assert.True(e.Line > 1, $"line {e.Line}");
        Assert.Contains("download or copy the file again", e.Problem);
    }

    [Theory]
    [InlineData(0.5)]    // cut in the middle of the deflate data
    [InlineData(0.9)]
    public void ATruncatedGzipStreamIsRefusedInsteadOfReadAsAShorterTable(double keep)
    {
        var gz = Gzip(LargeTable());
        var path = Write("truncated.csv.gz", gz[..(int)(gz.Length * keep)]);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("gzip stream is truncated or corrupt", e.Problem);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void AGzipMissingOnlyItsTrailerIsRefused()
    {
        // Every row decompresses; only the CRC-32/length trailer is gone — .NET alone would read a complete table.
        var gz = Gzip(Encoding.UTF8.GetBytes(Good));
        var path = Write("no-trailer.csv.gz", gz[..^8]);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Contains("gzip stream is truncated or corrupt", e.Problem);
    }

    [Fact]
    public void AWrongChecksumInTheTrailerIsRefused()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(Good));
        gz[^8] ^= 0xFF;                                            // first byte of the CRC-32
        var path = Write("bad-crc.csv.gz", gz);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Contains(path, e.Message);
        Assert.Contains("gzip", e.Problem);
    }

    [Fact]
    public void ATruncatedGzipTradeFileIsRefused()
    {
        var rows = new StringBuilder("year,exporter,importer,hs6,value_usd\n");
        for (var i = 0; i < 3000; i++) rows.Append("2024,CHN,KOR,").Append(100000 + i).Append(',').Append(i + 1).Append('\n');
        var gz = Gzip(Encoding.UTF8.GetBytes(rows.ToString()));
        var path = Write("trade.csv.gz", gz[..(gz.Length * 2 / 3)]);
        var e = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("gzip", e.Problem);
    }

    // ---- one enormous line -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ATenMegabyteLineWithoutLineBreakFailsAtOnceWithItsLineNumber(bool afterHeader)
    {
        var huge = new string('7', 10 << 20);
        var text = afterHeader ? "V1,AUS_A,AUS_HFCE,OUT\nAUS_A," + huge : huge;
        var path = Write("one-line.csv", text);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Equal(afterHeader ? 2 : 1, e.Line);
        Assert.Contains($"line {(afterHeader ? 2 : 1)} is longer than 4 MiB without a line break", e.Problem);
        Assert.True(e.Message.Length < 400, "the message must not quote the line");
    }

    [Fact]
    public void ATenMegabyteLineOfCommasDoesNotBuildATenMegabyteMessage()
    {
        // A header of five million empty names: Sep would list every duplicate in its message.
        var path = Write("commas.csv", "V1" + new string(',', 10 << 20));
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom));
        Assert.Equal(1, e.Line);
        Assert.True(e.Message.Length < 400, $"message of {e.Message.Length} characters");
    }

    [Fact]
    public void ATenMegabyteLineInTradeAndWiod2016FilesFailsTheSameWay()
    {
        var path = Write("one-line-trade.csv", "year,exporter,importer,hs6,value_usd\n" + new string('1', 10 << 20));
        var trade = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(path));
        Assert.Equal(2, trade.Line);
        var wiod = Assert.Throws<DataFormatException>(() => Wiod2016CsvReader.Read(Write("one-line-wiod.csv", new string('x', 10 << 20))));
        Assert.Equal(1, wiod.Line);
        Assert.Contains("longer than 4 MiB", wiod.Problem);
    }

    // ---- empty, cut off, foreign delimiter ------------------------------------------------------------------------

    [Fact]
    public void EmptyFilesOfEveryTextLayoutSaySo()
    {
        var empty = Write("empty.csv", []);
        Assert.Contains("empty file", Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(empty, Custom)).Problem);
        Assert.Contains("empty file", Assert.Throws<DataFormatException>(() => Wiod2016CsvReader.Read(empty)).Problem);
        var trade = Assert.Throws<DataFormatException>(() => BaciExtractUsdReader.Read(empty));
        Assert.Contains("empty file", trade.Problem);
        Assert.Contains("BACI extract (USD)", trade.Problem);
        Assert.Equal(1, trade.Line);
        var gz = Write("empty.csv.gz", Gzip([]));
        Assert.Contains("empty file", Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(gz, Custom)).Problem);
    }

    [Fact]
    public void AFileCutOffInTheMiddleOfARowNamesThatRow()
    {
        var cut = Good[..Good.IndexOf("VA,6,", StringComparison.Ordinal)] + "VA,6";
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(Write("cut.csv", cut), Custom));
        Assert.Equal(5, e.Line);
        Assert.Contains("ragged row: 2 cells, the header has 5", e.Problem);
    }

    [Fact]
    public void AFileCutOffAfterTheNodeRowsMissesItsOutRow()
    {
        var cut = Good[..Good.IndexOf("TLS", StringComparison.Ordinal)];
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(Write("cut2.csv", cut), Custom));
        Assert.Contains("missing OUT row", e.Problem);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void ATabSeparatedFileIsRecognisedAsSuch()
    {
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(Write("tabs.csv", Good.Replace(',', '\t')), Custom));
        Assert.Equal(1, e.Line);
        Assert.Contains("tab-separated", e.Problem);
    }

    [Fact]
    public void AHeaderWithoutRowsHasNoNodeRows()
    {
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(Write("header.csv", "V1,AUS_A,AUS_HFCE,OUT\n"), Custom));
        Assert.Equal(2, e.Line);
        Assert.Contains("no node rows", e.Problem);
    }

    // ---- trade layouts --------------------------------------------------------------------------------------------

    [Fact]
    public void OfficialBaciWithoutItsQuantityColumnNamesTheColumnTheLayoutAndTheFile()
    {
        var path = Write("BACI_HS17_Y2024_V202601.csv", "t,i,j,k,v\n2024,156,410,850511,80\n");
        var e = Assert.Throws<DataFormatException>(() => BaciCsvReader.Read(path, TradeFixtures.Codes, null));
        Assert.Equal(1, e.Line);
        Assert.Equal("q", e.Column);
        Assert.Contains("missing column 'q' of the official BACI (t,i,j,k,v,q) layout", e.Problem);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void OfficialBaciRowWithTooFewCellsIsRagged()
    {
        var path = Write("BACI_ragged.csv", "t,i,j,k,v,q\n2024,156,410,850511,80,4\n2024,156,410\n");
        var e = Assert.Throws<DataFormatException>(() => BaciCsvReader.Read(path, TradeFixtures.Codes, null));
        Assert.Equal(3, e.Line);
        Assert.Contains("ragged row: 3 cells, the header has 6", e.Problem);
    }

    [Fact]
    public void AnUnknownNumericCountryInTheOfficialBaciNamesLineAndCode()
    {
        var path = Write("BACI_unknown.csv", "t,i,j,k,v,q\n2024,156,410,850511,80,4\n2024,156,4100,850511,1,1\n");
        var e = Assert.Throws<UnknownLabelException>(() => BaciCsvReader.Read(path, TradeFixtures.Codes, null));
        Assert.Contains($"{path}:3", e.Message);
        Assert.Equal("4100", e.Label);
        Assert.Contains("410", e.Nearby);
    }

    // ---- concordance files ------------------------------------------------------------------------------------------

    private const string ConcordanceText = "# concordance: test regions\n# dimension: country\n# applies-to: *\nfrom,to,match,note\nAUS,OCE,,\nNZL,OCE,approximate,small\n";

    [Fact]
    public void AConcordanceWithByteOrderMarkAndCrlfReadsLikeThePlainFile()
    {
        var plain = Concordance.Load(Write("regions.csv", ConcordanceText));
        var bom = Concordance.Load(Write("regions-bom.csv", WithBomAndCrlf(ConcordanceText)));
        Assert.Equal("test regions", bom.Title);
        Assert.Equal(plain.Entries.Select(e => (e.From, e.To, e.Approximate, e.Line)), bom.Entries.Select(e => (e.From, e.To, e.Approximate, e.Line)));
    }

    [Theory]
    [InlineData("", 1, "missing header line '# concordance: …'")]
    [InlineData("# concordance: x\n# dimension: country\n# applies-to: *\n", 3, "no mapping lines after the header")]
    [InlineData("# concordance: x\n# dimension: country\n# applies-to: *\nfrom;to\nAUS;OCE\n", 4, "the table header must start with 'from,to'")]
    [InlineData("# concordance: x\n# dimension: country\n# applies-to: *\nfrom,to\nAUS,\n", 5, "empty target for 'AUS'")]
    [InlineData("# concordance: x\n# dimension: sector\n# applies-to: *\nfrom,to\nAUS,OCE\n", 1, "dimension 'sector' is not country, industry or node")]
    public void ConcordanceFileErrorsNameTheFileAndLine(string text, int line, string problem)
    {
        var path = Write("bad-concordance.csv", text);
        var e = Assert.Throws<DataFormatException>(() => Concordance.Load(path));
        Assert.Equal(path, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void AMissingConcordanceFileIsATypedError()
    {
        var path = Path.Combine(_dir, "absent.csv");
        var e = Assert.Throws<DataFormatException>(() => Concordance.Load(path));
        Assert.Contains("concordance file not found", e.Problem);
        Assert.Contains(path, e.Message);
    }

    // ---- Excel workbooks -------------------------------------------------------------------------------------------

    /// <summary>XORs 64 bytes in the middle of the compressed data of the first zip entry whose name starts with <paramref name="prefix"/>.</summary>
    private static byte[] DamageZipEntry(byte[] zip, string prefix)
    {
        for (var at = 0; at + 30 < zip.Length; at++)
        {
            if (zip[at] != 'P' || zip[at + 1] != 'K' || zip[at + 2] != 3 || zip[at + 3] != 4) continue;
            var compressed = BitConverter.ToInt32(zip, at + 18);
            var nameLength = BitConverter.ToUInt16(zip, at + 26);
            var extraLength = BitConverter.ToUInt16(zip, at + 28);
            var name = Encoding.ASCII.GetString(zip, at + 30, nameLength);
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var data = at + 30 + nameLength + extraLength;
            Assert.True(compressed > 200, $"entry {name} has only {compressed} compressed bytes");
            var damaged = (byte[])zip.Clone();
            for (var i = data + compressed / 2; i < data + compressed / 2 + 64; i++) damaged[i] ^= 0x5A;
            return damaged;
        }
        throw new InvalidOperationException($"no zip entry starting with {prefix}");
    }

    [Fact]
    public void ADamagedWorksheetInsideAnXlsxIsATypedErrorNamingTheFile()
    {
        var good = new WiodWorkbookFixture(["AUS", "KOR"]).Write(Path.Combine(_dir, "wiot11_row_apr12.xlsx"));
        Assert.Equal(70, WiodWorkbookReader.Read(good).NodeCount);            // the undamaged workbook reads
        var path = Write("wiot11_damaged.xlsx", DamageZipEntry(File.ReadAllBytes(good), "xl/worksheets/"));
        var wiod = Assert.Throws<DataFormatException>(() => WiodWorkbookReader.Read(path));
        Assert.Contains(path, wiod.Message);
        Assert.Contains("damaged", wiod.Problem);
        var adb = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(path));  // same damage through the sheet-row reader
        Assert.Contains(path, adb.Message);
        Assert.Contains("damaged", adb.Problem);
    }

    [Fact]
    public void ATruncatedXlsxIsNotAWorkbook()
    {
        var good = new WiodWorkbookFixture(["AUS"]).Write(Path.Combine(_dir, "full.xlsx"));
        var bytes = File.ReadAllBytes(good);
        var path = Write("cut.xlsx", bytes[..(bytes.Length / 2)]);
        foreach (var read in new Func<MrioTable>[] { () => WiodWorkbookReader.Read(path), () => AdbMrioExcelReader.Read(path), () => Wiod2016ExcelReader.Read(path) })
        {
            var e = Assert.Throws<DataFormatException>(read);
            Assert.Contains(path, e.Message);
            Assert.Contains("not an Excel workbook", e.Problem);
            Assert.Contains("damaged", e.Problem);
        }
    }

    [Fact]
    public void ACsvNamedXlsxIsNotAWorkbook()
    {
        var path = Write("table.xlsx", Good);
        var e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(path));
        Assert.Contains("not an Excel workbook (.xlsx or .xls)", e.Problem);
    }

    [Fact]
    public void AnAdbWorkbookWithoutItsDataSheetListsTheSheetsItHas()
    {
        var path = XlsxFixture.Write(Path.Combine(_dir, "ADB-MRIO-legend-only.xlsx"), ("Legend", [["Code", "Economy"], ["KOR", "Korea"]]));
        var e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("no suitable worksheet; the workbook has: 'Legend'", e.Problem);
    }

    [Fact]
    public void AWorkbookOfAnotherLayoutNamesWhatWasExpected()
    {
        var path = XlsxFixture.Write(Path.Combine(_dir, "other.xlsx"), ("Sheet1", [["country", "value"], ["KOR", 1.0]]));
        var wiod = Assert.Throws<DataFormatException>(() => WiodWorkbookReader.Read(path));
        Assert.Contains("not a WIOD 2013 world input-output table", wiod.Problem);
        var adb = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(path));
        Assert.Contains("sector code 'c1'", adb.Problem);
    }
}
