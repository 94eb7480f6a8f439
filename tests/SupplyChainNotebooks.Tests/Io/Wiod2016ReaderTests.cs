using System.Globalization;
using nietras.SeparatedValues;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// WIOD 2016 readers on a hand-made table in the release's two layouts: the RData/Stata long-row frame written to CSV
/// (Fixtures/wiod2016/WIOT2014_October16_ROW.csv: AUS and ROW × A01, C26, C31_C32 with their real RNr 1, 17, 22) and the
/// Excel sheet layout built from the same cells with the Open XML SDK. Values are asserted cell by cell against the
/// fixture, the accounting identities hold exactly, and both readers give the same table.
/// </summary>
public sealed class Wiod2016ReaderTests : IDisposable
{
    private static readonly string FixtureCsv = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wiod2016", "WIOT2014_October16_ROW.csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("scn-wiod2016-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CsvReaderReadsEveryBlockOfTheReleaseLayout()
    {
        var t = Wiod2016CsvReader.Read(FixtureCsv, "wiod2016", 2014);
        Assert.Equal(["AUS_A01", "AUS_C26", "AUS_C31_C32", "ROW_A01", "ROW_C26", "ROW_C31_C32"], t.Nodes.Select(n => n.Label));
        Assert.Equal("C31_C32", t.Nodes[2].Industry); // split at the first underscore
        Assert.Equal(new[] { "AUS", "ROW" }, t.Countries.ToArray());
        Assert.Equal(10, t.FinalDemandColumns.Length);
        Assert.Equal(new FinalDemandColumn("ROW", "INVEN"), t.FinalDemandColumns[9]);
        Assert.Equal(6, t.Intermediate(t.IndexOf("AUS_C26"), t.IndexOf("ROW_C26")));
        Assert.Equal(40, t.Intermediate(t.IndexOf("ROW_C26"), t.IndexOf("ROW_C26")));
        Assert.Equal(-2, t.FinalDemand(t.IndexOf("ROW_C26"), 9));
        Assert.Equal(-1, t.FinalDemand(t.IndexOf("AUS_A01"), 4));
        Assert.Equal(new double[] { 49, 106, 29, 122, 161, 88 }, t.GrossOutput.ToArray());
        Assert.Equal(68.25, t.ValueAdded!.Value[1]);
        Assert.Equal(0.5, t.TaxesLessSubsidies!.Value[2]);
        Assert.Equal(["EXP_adj", "IntTTM", "PURNR", "PURR"], t.OtherPrimaryInputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-0.25, t.OtherPrimaryInputs["EXP_adj"][4]);
        Assert.Equal(1, t.OtherPrimaryInputs["IntTTM"][3]);
        var balance = t.Balance(); // the fixture is balanced exactly in both directions
        Assert.Equal(0, balance.MaxRowError);
        Assert.Equal(0, balance.MaxColumnError);
        Assert.StartsWith("wiod2016-csv (2 countries × 3 industries", t.Source.Format);
    }

    [Fact]
    public void StataColumnNamesWithVPrefixAreRead()
    {
        var lines = File.ReadAllLines(FixtureCsv);
        var header = lines[0].Split(',');
        for (var c = 5; c < header.Length - 1; c++) header[c] = "\"v" + header[c].Trim('"') + "\"";
        lines[0] = string.Join(",", header);
        var path = Path.Combine(_dir, "stata.csv");
        File.WriteAllLines(path, lines);
        var t = Wiod2016CsvReader.Read(path);
        Assert.Equal(Wiod2016CsvReader.Read(FixtureCsv).GrossOutput.ToArray(), t.GrossOutput.ToArray());
    }

    [Fact]
    public void ExcelLayoutGivesTheSameTableAsTheCsv()
    {
        var csv = Wiod2016CsvReader.Read(FixtureCsv, "wiod2016", 2014);
        var xlsx = Wiod2016ExcelReader.Read(WriteWorkbook(Path.Combine(_dir, "WIOT2014_Nov16_ROW.xlsx")), "wiod2016", 2014);
        TableAssert.Same(csv, xlsx);
    }


    [Fact]
    public void CatalogDispatchesToTheReaders()
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(folder, "wiod2016"));
        File.Copy(FixtureCsv, Path.Combine(folder, "wiod2016", "WIOT2014_October16_ROW.csv"));
        var t = TableLoader.Load("wiod2016", 2014, DataFolder.Resolve(folder));
        Assert.Equal("wiod2016", t.DatasetId);
        Assert.Equal(2014, t.Year);
        Assert.Contains(2014, DataCatalog.Default.AvailableYears("wiod2016", DataFolder.Resolve(folder)));
    }

    [Fact]
    public void PublishedXlsbWorkbookGivesTheSameTableAsTheCsv()
    {
        // Fixtures/wiod2016/WIOT2014_Nov16_ROW.xlsb was written by SheetJS (Fixtures/xlsb/make-fixtures.js), an XLSB
        // writer independent of the project's reader, from the same cells as the .xlsx of the test above.
        var xlsbPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wiod2016", "WIOT2014_Nov16_ROW.xlsb");
        var csv = Wiod2016CsvReader.Read(FixtureCsv, "wiod2016", 2014);
        TableAssert.Same(csv, Wiod2016ExcelReader.Read(xlsbPath, "wiod2016", 2014));

        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(folder, "wiod2016"));
        File.Copy(xlsbPath, Path.Combine(folder, "wiod2016", "WIOT2014_Nov16_ROW.xlsb"));
        var loaded = TableLoader.Load("wiod2016", 2014, DataFolder.Resolve(folder));   // the catalog finds the published name
        Assert.Equal(csv.GrossOutput.ToArray(), loaded.GrossOutput.ToArray());
    }

    [Fact]
    public void TryLoadGivesTheReasonInsteadOfThrowingWhenNoFolderHasTheTable()
    {
        var folder = Path.Combine(_dir, "empty");
        Directory.CreateDirectory(folder);
        Assert.Null(TableLoader.TryLoad("wiod2016", 2014, out var why, DataFolder.Resolve(folder)));   // no folder holds WIOD 2016
        Assert.Contains("wiod2016", why);
        Assert.Contains(folder, why);

        Directory.CreateDirectory(Path.Combine(folder, "wiod2016"));
        File.Copy(FixtureCsv, Path.Combine(folder, "wiod2016", "WIOT2014_October16_ROW.csv"));
        var table = TableLoader.TryLoad("wiod2016", 2014, out why, DataFolder.Resolve(folder));
        Assert.Null(why);
        Assert.Equal(Wiod2016CsvReader.Read(FixtureCsv).GrossOutput.ToArray(), table!.GrossOutput.ToArray());

        File.WriteAllText(Path.Combine(folder, "wiod2016", "WIOT2013_October16_ROW.csv"), "not,a,table\n");
        Assert.Throws<DataFormatException>(() => TableLoader.TryLoad("wiod2016", 2013, out _, DataFolder.Resolve(folder)));  // present but malformed: still an error
    }

    [Fact]
    public void DamagedXlsbWorkbooksNameTheFile()
    {
        var path = Path.Combine(_dir, "WIOT2014_Nov16_ROW.xlsb");
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wiod2016", "WIOT2014_Nov16_ROW.xlsb"));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);                 // truncated download
        var e = Assert.Throws<DataFormatException>(() => Wiod2016ExcelReader.Read(path));
        Assert.Equal(path, e.File);

        File.WriteAllBytes(path, [0x50, 0x4b, 0x03, 0x04]);                    // a zip header and nothing else
        e = Assert.Throws<DataFormatException>(() => Wiod2016ExcelReader.Read(path));
        Assert.Equal(path, e.File);
    }

    [Fact]
    public void RowsOutOfOrderAreReportedWithLineAndLabel()
    {
        var lines = File.ReadAllLines(FixtureCsv).ToList();
        (lines[2], lines[3]) = (lines[3], lines[2]); // swap AUS_C26 and AUS_C31_C32 rows: still mapped by RNr columns
        var path = Path.Combine(_dir, "swapped.csv");
        File.WriteAllLines(path, lines);
        var swapped = Wiod2016CsvReader.Read(path);
        Assert.Equal("AUS_C31_C32", swapped.Nodes[1].Label); // row order defines node order, columns follow by RNr
        Assert.Equal(8, swapped.Intermediate(1, 1));

        lines = File.ReadAllLines(FixtureCsv).ToList();
        lines[5] = lines[5].Replace(",40,6,", ",forty,6,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<DataFormatException>(() => Wiod2016CsvReader.Read(path));
        Assert.Equal(6, e.Line);
        Assert.Equal("ROW17", e.Column);
        Assert.Contains("ROW_C26", e.Problem);

        lines = File.ReadAllLines(FixtureCsv).ToList();
        lines.RemoveAt(lines.FindIndex(l => l.StartsWith("\"VA\"", StringComparison.Ordinal)));
        File.WriteAllLines(path, lines);
        e = Assert.Throws<DataFormatException>(() => Wiod2016CsvReader.Read(path));
        Assert.Contains("missing bottom row(s) VA", e.Problem);

        e = Assert.Throws<DataFormatException>(() => Wiod2016CsvReader.Read(FixtureCsv, "wiod2016", 2013));
        Assert.Equal("Year", e.Column);
    }

    [Fact]
    public void ExcelHeaderErrorsNameSheetRowAndColumn()
    {
        var rows = WorkbookRows();
        rows[8][2] = "JPN"; // AUS_C31_C32 row claims another country
        var path = XlsxFixture.Write(Path.Combine(_dir, "bad.xlsx"), ("2014", rows));
        var e = Assert.Throws<DataFormatException>(() => Wiod2016ExcelReader.Read(path));
        Assert.Equal(9, e.Line);
        Assert.Equal("2014!A", e.Column);
        Assert.Contains("'JPN_C31_C32' where 'AUS_C31_C32' was expected", e.Problem);

        e = Assert.Throws<DataFormatException>(() => Wiod2016ExcelReader.Read(WriteWorkbook(Path.Combine(_dir, "good.xlsx")), "wiod2016", 2013));
        Assert.Contains("holds 2014, not 2013", e.Problem);
    }

    private string WriteWorkbook(string path) => XlsxFixture.Write(path, ("2014", WorkbookRows()));

    /// <summary>The fixture cells in the Excel sheet layout: title rows, code/description/country/number header rows, data from row 7.</summary>
    private static List<object?[]> WorkbookRows()
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(FixtureCsv);
        var header = reader.Header.ColNames.ToArray();
        var data = new List<string[]>();
        foreach (var r in reader)
        {
            var cells = new string[r.ColCount];
            for (var c = 0; c < cells.Length; c++) cells[c] = r[c].ToString();
            data.Add(cells);
        }
        var industries = data.Where(r => r[2] != "TOT").ToArray();
        var codeByRnr = industries.GroupBy(r => r[3]).ToDictionary(g => g.Key, g => (Code: g.First()[0], Desc: g.First()[1]));
        string[] fd = ["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"];
        var valueColumns = header.Skip(5).ToArray();
        object?[] Row(object? a, object? b, object? c, object? d, IEnumerable<object?> values) => [a, b, c, d, .. values];
        var rows = new List<object?[]>
        {
            Row("World Input-Output Table 2014", null, null, null, []),
            Row("44 countries (43 + ROW), in current prices", null, null, null, []),
            Row("(industry-by-industry)", null, null, null, valueColumns.Select(h => (object?)(h == "TOT" ? "GO" : int.Parse(h[3..], CultureInfo.InvariantCulture) is var rn && rn >= 57 ? fd[rn - 57] : codeByRnr[h[3..]].Code))),
            Row("(millions of US$)", null, null, null, valueColumns.Select(h => (object?)(h == "TOT" ? "Total output" : int.Parse(h[3..], CultureInfo.InvariantCulture) >= 57 ? "final demand" : codeByRnr[h[3..]].Desc))),
            Row(null, null, null, null, valueColumns.Select(h => (object?)(h == "TOT" ? "TOT" : h[..3]))),
            Row(null, null, null, null, valueColumns.Select(h => (object?)(h == "TOT" ? "c62" : "c" + h[3..]))),
        };
        foreach (var r in data)
            rows.Add(Row(r[0], r[1], r[2], "r" + r[3], r.Skip(5).Select(v => v == "NA" ? null : (object?)double.Parse(v, CultureInfo.InvariantCulture))));
        return rows;
    }
}
