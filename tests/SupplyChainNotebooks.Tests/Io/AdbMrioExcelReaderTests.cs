using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// ADB MRIO reader on a workbook written in the published layout (two economies KOR and PRC × 35 sectors): title rows,
/// the name / economy / sector-code header rows 5–7, data from E8 with sector name, economy and code in B–D, five
/// final-demand columns per economy, the output column, the eight bottom rows r60, r99, r61, r62, r63, r64, trs, r69
/// and a footnote. The cell values follow a formula, so every cell read is checked against an independent value.
/// </summary>
public sealed class AdbMrioExcelReaderTests : IDisposable
{
    private const int N = 35;
    private static readonly string[] Economies = ["KOR", "PRC"];
    private readonly string _dir = Directory.CreateTempSubdirectory("scn-adb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int Nodes => Economies.Length * N;

    private static double Z(int i, int k) => (i * 7 + k * 13) % 17 == 0 ? 0 : ((i * 7 + k * 13) % 17) * 0.25;

    private static double F(int i, int c) => c % 5 == 4 ? (i % 3) - 1.0 : 10 + (i + c) % 9;

    private static double X(int i) => Enumerable.Range(0, Nodes).Sum(k => Z(i, k)) + Enumerable.Range(0, 5 * Economies.Length).Sum(c => F(i, c));

    private static double ColumnSum(int k) => Enumerable.Range(0, Nodes).Sum(i => Z(i, k));

    // Primary rows: r99, r61, r62, r63, (r64 = residual), trs.
    private static double Primary(int row, int k) => row switch
    {
        1 => 0.5 + k % 4,
        2 => k % 5 == 0 ? -0.25 : 0,
        3 => 0.125 * (k % 2),
        4 => 0,
        6 => 0.75,
        _ => throw new ArgumentOutOfRangeException(nameof(row)),
    };

    private static double ValueAdded(int k) => X(k) - ColumnSum(k) - Primary(1, k) - Primary(2, k) - Primary(3, k) - Primary(4, k) - Primary(6, k);

    private static List<object?[]> Rows()
    {
        var rows = new List<object?[]>();
        object?[] Line(object? a, object? b, object? c, object? d, IEnumerable<object?> values) => [a, b, c, d, .. values];
        var columns = Nodes + 5 * Economies.Length + 1;
        rows.Add(Line("Multiregional Input-Output Table 2019", null, null, null, []));
        rows.Add(Line("2 economies, in current prices (millions of US$)", null, null, null, []));
        rows.Add(Line(null, null, null, null, []));
        rows.Add(Line(null, null, null, null, []));
        rows.Add(Line(null, null, null, null, Enumerable.Range(0, columns).Select(c => (object?)(c < Nodes ? $"Sector {c % N + 1}" : c < columns - 1 ? "Final demand" : "Total output"))));
        // Economy row: the code only over the first column of each block (merged cells), total column "ToT".
        rows.Add(Line(null, null, null, null, Enumerable.Range(0, columns).Select(c => (object?)(
            c < Nodes ? (c % N == 0 ? Economies[c / N] : null) : c < columns - 1 ? ((c - Nodes) % 5 == 0 ? Economies[(c - Nodes) / 5] : null) : "ToT"))));
        rows.Add(Line(null, null, null, null, Enumerable.Range(0, columns).Select(c => (object?)(c < Nodes ? $"c{c % N + 1}" : c < columns - 1 ? $"F{(c - Nodes) % 5 + 1}" : null))));
        for (var i = 0; i < Nodes; i++)
        {
            var values = Enumerable.Range(0, Nodes).Select(k => Z(i, k) == 0 ? (i % 2 == 0 ? null : (object?)" ") : Z(i, k))
                .Concat(Enumerable.Range(0, 5 * Economies.Length).Select(c => (object?)F(i, c))).Append(X(i));
            rows.Add(Line(null, $"Sector {i % N + 1}", Economies[i / N], $"c{i % N + 1}", values));
        }
        string[] codes = ["r60", "r99", "r61", "r62", "r63", "r64", "trs", "r69"];
        for (var r = 0; r < codes.Length; r++)
        {
            var k2 = r;
            var values = Enumerable.Range(0, Nodes).Select(k => (object?)(k2 switch { 0 => ColumnSum(k), 5 => ValueAdded(k), 7 => X(k), _ => Primary(k2, k) }));
            rows.Add(Line(null, $"bottom row {codes[r]}", null, codes[r], values));
        }
        rows.Add(Line("Source: ADB MRIO database (test fixture written in the published layout)", null, null, null, []));
        return rows;
    }

    private string Write(List<object?[]>? rows = null, string sheet = "ADB MRIO 2019", string name = "ADB-MRIO-2019.xlsx") =>
        XlsxFixture.Write(Path.Combine(_dir, name), ("Legend", [["Code", "Economy"], ["KOR", "Korea"], ["PRC", "People's Republic of China"]]), (sheet, rows ?? Rows()));

    [Fact]
    public void ReadsEveryCellOfThePublishedLayout()
    {
        var t = AdbMrioExcelReader.Read(Write(), "adbmrio", 2019);
        Assert.Equal(Nodes, t.NodeCount);
        Assert.Equal("KOR_c1", t.Nodes[0].Label);
        Assert.Equal("PRC_c35", t.Nodes[^1].Label);
        Assert.Equal(new[] { "KOR", "PRC" }, t.Countries.ToArray());
        Assert.Equal(10, t.FinalDemandColumns.Length);
        Assert.Equal(("PRC", "F5"), (t.FinalDemandColumns[9].Country, t.FinalDemandColumns[9].Category));
        for (var i = 0; i < Nodes; i++)
        {
            for (var k = 0; k < Nodes; k++) Assert.Equal(Z(i, k), t.Intermediate(i, k));
            for (var c = 0; c < 10; c++) Assert.Equal(F(i, c), t.FinalDemand(i, c));
            Assert.Equal(X(i), t.GrossOutput[i], 9);
            Assert.Equal(ValueAdded(i), t.ValueAdded!.Value[i], 9);
            Assert.Equal(Primary(1, i), t.TaxesLessSubsidies!.Value[i]);
            Assert.Equal(Primary(2, i), t.OtherPrimaryInputs["EXP_adj"][i]);
            Assert.Equal(Primary(3, i), t.OtherPrimaryInputs["PURR"][i]);
            Assert.Equal(Primary(4, i), t.OtherPrimaryInputs["PURNR"][i]);
            Assert.Equal(Primary(6, i), t.OtherPrimaryInputs["IntTTM"][i]);
        }
        var balance = t.Balance();
        Assert.True(balance.MaxRowError < 1e-9, balance.ToString());
        Assert.True(balance.MaxColumnError < 1e-9, balance.ToString());
        Assert.Contains("sheet 'ADB MRIO 2019', header row 7", t.Source.Format);
    }

    [Fact]
    public void CatalogDispatchesToTheReader()
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(folder, "adbmrio"));
        File.Move(Write(), Path.Combine(folder, "adbmrio", "ADB-MRIO-2019.xlsx"));
        var t = TableLoader.Load("adbmrio", 2019, DataFolder.Resolve(folder));
        Assert.Equal(("adbmrio", 2019), (t.DatasetId, t.Year));
        Assert.Equal(Nodes, t.NodeCount);
        Assert.Equal([2019], DataCatalog.Default.AvailableYears("adbmrio", DataFolder.Resolve(folder)).Where(y => y == 2019));
    }

    [Fact]
    public void SwappedBottomRowsAreReportedWithRowAndColumn()
    {
        var rows = Rows();
        var r99 = 7 + Nodes + 1; // 0-based index of r99
        (rows[r99], rows[r99 + 1]) = (rows[r99 + 1], rows[r99]);
        var e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(rows)));
        Assert.Equal(r99 + 1, e.Line);
        Assert.Equal("ADB MRIO 2019!D", e.Column);
        Assert.Contains("'r61'", e.Problem);

        // Unlabelled bottom rows are taken by position; a wrong order then fails the total checks.
        rows = Rows();
        rows[7 + Nodes][3] = null;
        rows[7 + Nodes + 7][3] = null;
        (rows[7 + Nodes], rows[7 + Nodes + 7]) = (rows[7 + Nodes + 7], rows[7 + Nodes]);
        e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(rows)));
        Assert.Equal(7 + Nodes + 1, e.Line);
        Assert.Contains("total-intermediate row", e.Problem);
    }

    [Fact]
    public void BadCellsAndHeadersNameSheetRowAndColumn()
    {
        var rows = Rows();
        rows[9][6] = "n.a."; // Excel row 10, column G
        var e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(rows)));
        Assert.Equal((10L, "ADB MRIO 2019!G"), (e.Line!.Value, e.Column));
        Assert.Contains("'n.a.'", e.Problem);
        Assert.Contains("KOR_c3", e.Problem);

        rows = Rows();
        rows[6][4 + 12] = "c14"; // header code out of sequence
        e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(rows)));
        Assert.Equal((7L, "ADB MRIO 2019!Q"), (e.Line!.Value, e.Column));

        rows = Rows();
        rows[7 + N][2] = "JPN"; // first PRC row claims another economy
        e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(rows)));
        Assert.Equal(8 + N, e.Line);
        Assert.Contains("'JPN' does not match column block 'PRC'", e.Problem);

        e = Assert.Throws<DataFormatException>(() => AdbMrioExcelReader.Read(Write(sheet: "ADB MRIO 2018"), "adbmrio", 2019));
        Assert.Contains("holds 2018, not 2019", e.Problem);
    }
}
