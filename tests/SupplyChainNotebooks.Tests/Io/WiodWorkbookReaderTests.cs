using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>The official WIOD 2013 workbook layout, on a small workbook written by <see cref="WiodWorkbookFixture"/>.</summary>
public sealed class WiodWorkbookReaderTests
{
    private static readonly WiodWorkbookFixture World = new(["AUS", "RoW"]);
    private static readonly Lazy<string> s_path = new(() => World.Write(Path.Combine(Fixtures.ScratchFolder(), "wiot11_row_apr12.xlsx")));

    [Fact]
    public void ReadsNodesWithTheProjectsWiodCodesAndEveryBlock()
    {
        var t = WiodWorkbookReader.Read(s_path.Value, "wiod2013", 2011);
        Assert.Equal(70, t.NodeCount);
        Assert.Equal("AUS_C01T05", t.Nodes[0].Label);
        Assert.Equal("RoW_C95T97", t.Nodes[^1].Label);
        Assert.Equal("C30T33", t.Industries[13]);
        Assert.True(t.HasCountry("ROW"));
        Assert.Equal(["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"], t.FinalDemandColumns.Take(5).Select(c => c.Category));
        Assert.Equal(10, t.FinalDemandColumns.Length);
        for (var i = 0; i < t.NodeCount; i += 7)
        {
            for (var k = 0; k < t.NodeCount; k += 3) Assert.Equal(World.Z(i, k), t.Intermediate(i, k));
            for (var c = 0; c < 10; c++) Assert.Equal(World.F(i, c), t.FinalDemand(i, c));
            Assert.Equal(World.Output(i), t.GrossOutput[i]);
            Assert.Equal(World.ValueAdded(i), t.ValueAdded!.Value[i], 9);
            Assert.Equal(WiodWorkbookFixture.Primary(1, i), t.TaxesLessSubsidies!.Value[i]);
        }
        Assert.Equal(["EXP_adj", "IntTTM", "PURNR", "PURR"], t.OtherPrimaryInputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.75, t.OtherPrimaryInputs["IntTTM"][3]);
        Assert.Equal(2011, t.Year);
        Assert.StartsWith("wiod2013-xlsx wiod2013 (2 countries × 35 industries", t.Source.Format);
        Assert.Equal(DataProvenance.Sha256Of(s_path.Value), t.Source.Sha256);
    }

    [Fact]
    public void UsesTheOutputRowAndReportsItsDifferenceFromTheTotalColumnAsRowImbalance()
    {
        var b = WiodWorkbookReader.Read(s_path.Value).Balance();
        Assert.Equal(2, b.MaxRowError, 9);
        Assert.Equal("AUS_C20", b.WorstRow);    // node index 5 = WIOD c6, wood
        Assert.Equal(0, b.MaxColumnError!.Value, 9);
        var total = Enumerable.Range(0, World.N).Sum(World.Output);
        Assert.Equal(2 / total, b.WorldRelativeError, 12);
    }

    [Fact]
    public void TheCatalogFormatIsRegistered()
    {
        Assert.Contains("wiod2013-xlsx", MrioFormats.Known);
        var entry = DataCatalog.Default.Get("wiod2013");
        Assert.Contains(entry.Files, f => f.Format == "wiod2013-xlsx" && f.For(2011) == "wiod2013/wiot11_row_apr12.xlsx");
        var t = MrioFormats.Read("wiod2013-xlsx", s_path.Value, entry, 2011);
        Assert.Equal(70, t.NodeCount);
    }

    [Theory]
    [InlineData(2005, "WIOT05_ROW_Apr12.xlsx")]
    [InlineData(2011, "WIOT11_ROW_Sep12.xlsx")]
    public void WorkbooksUnderTheirPublishedNamesAreFoundThroughTheCatalog(int year, string publishedName)
    {
        // The release names its files WIOT95_ROW_Apr12.xlsx … WIOT07_ROW_Apr12.xlsx and WIOT08_ROW_Sep12.xlsx … WIOT11_ROW_Sep12.xlsx;
        // a user drops them into <data>/wiod2013/ unchanged (file names are case-sensitive here).
        var folder = Fixtures.ScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder, "wiod2013"));
        var path = World.Write(Path.Combine(folder, "wiod2013", publishedName), title: $"World Input-Output Table {year}");
        var (found, format) = DataCatalog.Default.Locate("wiod2013", year, DataFolder.Resolve(folder));
        Assert.Equal(path, found);
        Assert.Equal("wiod2013-xlsx", format);
        var t = MrioFormats.Read(format, found, DataCatalog.Default.Get("wiod2013"), year);
        Assert.Equal((year, 70), (t.Year!.Value, t.NodeCount));
    }

    [Fact]
    public void ANonNumericCellNamesTheExcelRowAndColumn()
    {
        var path = World.Write(Path.Combine(Fixtures.ScratchFolder(), "bad.xlsx"), cellOverride: (9, 6, "n.a."));
        var e = Assert.Throws<DataFormatException>(() => WiodWorkbookReader.Read(path));
        Assert.Equal(9, e.Line);
        Assert.Equal("G", e.Column);
        Assert.Contains("non-numeric cell 'n.a.' in row AUS_C15T16", e.Message);
    }

    [Fact]
    public void AWorkbookOfAnotherYearIsRefused()
    {
        var e = Assert.Throws<DataFormatException>(() => WiodWorkbookReader.Read(s_path.Value, "wiod2013", 2010));
        Assert.Contains("table of 2011", e.Message);
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsATypedError()
    {
        var path = Path.Combine(Fixtures.ScratchFolder(), "x.xlsx");
        File.WriteAllText(path, "V1,AUS_A\n");
        var e = Assert.Throws<DataFormatException>(() => WiodWorkbookReader.Read(path));
        Assert.Contains("not an Excel workbook", e.Message);
    }
}
