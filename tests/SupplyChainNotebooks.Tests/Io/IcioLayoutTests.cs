using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Io;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Io;

/// <summary>
/// The committed hand-made fixtures in the official ICIO layouts (2018, 2021, 2023 small and extended, 2025). They carry
/// a few industries only, so they are read as custom layouts; edition recognition is tested on full industry lists in
/// <see cref="EditionDetectionTests"/>. Expected values are the cells of the fixture files.
/// </summary>
public sealed class IcioLayoutTests
{
    private static readonly IcioReadOptions Custom = new() { CustomLayout = true, DatasetId = "fixture" };

    [Fact]
    public void Layout2021ReadsNodesFinalDemandPrimaryRowsAndReportsTheImbalance()
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2021_layout.csv"), Custom);
        Assert.Equal(["AUS_01T02", "AUS_26", "KOR_01T02", "KOR_26"], t.Nodes.Select(n => n.Label));
        Assert.Equal(8, t.Intermediate(t.IndexOf("AUS_26"), t.IndexOf("KOR_26")));
        Assert.Equal(12, t.FinalDemandColumns.Length);
        Assert.Equal(["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"], t.FinalDemandColumns.Take(6).Select(c => c.Category));
        Assert.Equal(-2, t.FinalDemand(0, 4));
        Assert.Equal([100.0, 100, 90, 185.5], t.GrossOutput.ToArray());
        Assert.Equal([1.0, 2, 1, 3], t.TaxesLessSubsidies!.Value.ToArray());
        Assert.Equal(100 - 15 - 1, t.ValueAdded!.Value[0]);
        var b = t.Balance();
        Assert.Equal(1.5, b.MaxRowError, 12);                       // KOR_26 OUT is 1.5 above its row total
        Assert.Equal("KOR_26", b.WorstRow);
        Assert.Equal(1.5 / 185.5, b.MaxRowRelativeError, 12);
        Assert.Equal(1.5 / 475.5, b.WorldRelativeError, 12);
        Assert.Equal(0, b.MaxColumnError!.Value, 12);
        Assert.StartsWith("icio-csv custom layout, small", t.Source.Format);
    }

    [Fact]
    public void Layout2023SplitsLabelsAtTheFirstUnderscore()
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2023_small_layout.csv"), Custom);
        Assert.Equal(new NodeLabel("AUS", "A01_02"), t.Nodes[0]);
        Assert.Equal(["A01_02", "C17_18", "J62_63"], t.Industries.ToArray());
        Assert.Equal(["AUS", "ROW"], t.Countries.ToArray());
        var set = NodeSet.Resolve(t, "row:J62_63+AUS:C17_18");
        Assert.Equal(["AUS_C17_18", "ROW_J62_63"], set.Labels.ToArray());
        Assert.Equal(3, NodeSet.Resolve(t, "Row").Count);
        Assert.Equal(-4, t.FinalDemand(t.IndexOf("ROW_A01_02"), 10));
        Assert.Equal(0, t.Balance().MaxRowError, 12);
    }

    [Fact]
    public void Layout2023ExtendedMergesSplitChinaBySummingRowsColumnsAndFinalDemand()
    {
        var path = Fixtures.Path("icio", "icio2023_extended_layout.csv");
        var raw = IcioCsvReader.Read(path, Custom);
        Assert.Equal(["CHN", "CN1", "CN2", "KOR"], raw.Countries.ToArray());
        Assert.Contains("extended", raw.Source.Format);
        var merged = IcioCsvReader.Read(path, Custom with { MergeSplitCountries = true });
        Assert.Equal(["CHN", "KOR"], merged.Countries.ToArray());
        Assert.Contains("CN1+CN2→CHN (CHN block empty in the file)", merged.Source.Format);

        // Independent oracle: sums over the raw blocks, cell by cell.
        int[] Of(string country, string industry) => raw.Nodes.Select((n, i) => (n, i))
            .Where(t => t.n.Industry == industry && (country == "CHN" ? t.n.Country is "CN1" or "CN2" or "CHN" : t.n.Country == country))
            .Select(t => t.i).ToArray();
        foreach (var rowNode in merged.Nodes)
        {
            var rows = Of(rowNode.Country, rowNode.Industry);
            Assert.Equal(rows.Sum(i => raw.GrossOutput[i]), merged.GrossOutput[merged.IndexOf(rowNode.Label)], 12);
            foreach (var colNode in merged.Nodes)
            {
                var cols = Of(colNode.Country, colNode.Industry);
                Assert.Equal(rows.Sum(i => cols.Sum(k => raw.Intermediate(i, k))),
                    merged.Intermediate(merged.IndexOf(rowNode.Label), merged.IndexOf(colNode.Label)), 12);
            }
            for (var c = 0; c < merged.FinalDemandColumns.Length; c++)
                Assert.Equal(rows.Sum(i => raw.FinalDemand(i, c)), merged.FinalDemand(merged.IndexOf(rowNode.Label), c), 12);
        }
        Assert.Equal(6, merged.Intermediate(merged.IndexOf("CHN_A01_02"), merged.IndexOf("CHN_C26")));   // 2 + 0 + 1 + 3
        Assert.Equal(60, merged.GrossOutput[merged.IndexOf("CHN_A01_02")]);                              // 13 + 47
        Assert.Equal(raw.Balance().TotalOutput, merged.Balance().TotalOutput, 12);
        Assert.Equal(0, merged.Balance().MaxColumnError!.Value, 12);
    }

    [Fact]
    public void ATableWhoseChinaAndSplitChinaBothCarryValuesIsRefusedWhenMerging()
    {
        var lines = File.ReadAllLines(Fixtures.Path("icio", "icio2023_extended_layout.csv"));
        var dir = Fixtures.ScratchFolder();
        // Give CHN_A01_02 a sale to KOR_C26 (and the matching OUT): now CHN and CN1/CN2 both hold values.
        lines[1] = "CHN_A01_02,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,5";
        lines[^1] = lines[^1].Replace("OUT,0,0,", "OUT,5,0,", StringComparison.Ordinal);
        lines[^2] = lines[^2].Replace("VA,0,0,", "VA,5,0,", StringComparison.Ordinal);
        var path = Path.Combine(dir, "both.csv");
        File.WriteAllLines(path, lines);
        Assert.Equal(4, IcioCsvReader.Read(path, Custom).Countries.Length);
        var e = Assert.Throws<DataFormatException>(() => IcioCsvReader.Read(path, Custom with { MergeSplitCountries = true }));
        Assert.Contains("both CHN", e.Message);
        Assert.Contains("CN1, CN2", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Layout2025ReadsTheNewIndustryCodes()
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2025_layout.csv"), Custom);
        Assert.Equal(["A01", "C24A", "C301"], t.Industries.ToArray());
        Assert.Equal(["AGO", "KOR"], t.Countries.ToArray());
        Assert.Equal(30, t.Intermediate(t.IndexOf("KOR_C24A"), t.IndexOf("KOR_C24A")));
        Assert.Equal(0, t.Balance().MaxRowError, 12);
    }

    [Fact]
    public void Layout2018SumsCountryTaxRowsAndReadsValuOutputP33AndTotal()
    {
        var t = IcioCsvReader.Read(Fixtures.Path("icio", "icio2018_layout.csv"), Custom);
        Assert.Equal(4, t.NodeCount);
        Assert.Equal("P33", t.FinalDemandColumns[5].Category);
        Assert.Equal([2.0, 4, 3, 6], t.TaxesLessSubsidies!.Value.ToArray());   // AUS_TAXSUB + KOR_TAXSUB
        Assert.Equal([83.0, 62, 66, 123], t.ValueAdded!.Value.ToArray());       // VALU
        Assert.Equal([100.0, 101, 90, 184], t.GrossOutput.ToArray());           // TOTAL column (= OUTPUT row)
        var b = t.Balance();
        Assert.Equal(0, b.MaxRowError, 12);
        Assert.Equal(0, b.MaxColumnError!.Value, 12);
    }
}
