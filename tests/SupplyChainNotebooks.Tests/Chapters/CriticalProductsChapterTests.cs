using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Tests.Trade;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Chapter 4's chart data and rule-vs-prior comparison on the hand-made world (numbers computed by hand in <see cref="TradeFixtures"/>).</summary>
public sealed class CriticalProductsChapterTests
{
    private static readonly string[] Items = ["permanent-magnets", "gallium-germanium", "integrated-circuits"];

    private static CriticalProductsChapter Chapter(bool official = false) => new(new ItemAnalysis(TradeFixtures.Sources(official)));

    [Fact]
    public void ConcentrationMatrixHasOneCellPerItemAndReporterWithNoDataCellsEmpty()
    {
        var cells = Chapter().ConcentrationMatrix(2024, Items);
        Assert.Equal(6, cells.Count);
        var kor = cells.Single(c => c.ItemId == "permanent-magnets" && c.Reporter == "KOR");
        Assert.Equal((0.665, 0.8, "CHN"), (Math.Round(kor.ImportHhi!.Value, 12), Math.Round(kor.ChinaShare!.Value, 12), kor.Top1Partner));
        var jpn = cells.Single(c => c.ItemId == "permanent-magnets" && c.Reporter == "JPN");
        Assert.Equal(0.40625, jpn.ImportHhi!.Value, 12);
        Assert.Equal(0.375, jpn.ChinaShare!.Value, 12);
        Assert.Equal(0.82, cells.Single(c => c.ItemId == "gallium-germanium" && c.Reporter == "KOR").ImportHhi!.Value, 12);
        var jpGa = cells.Single(c => c.ItemId == "gallium-germanium" && c.Reporter == "JPN");
        Assert.True(jpGa.HasData);                                       // covered, but Japan imports none: undefined, not 0
        Assert.Null(jpGa.ImportHhi);
        foreach (var ic in cells.Where(c => c.ItemId == "integrated-circuits"))
        {
            Assert.False(ic.HasData);
            Assert.Null(ic.ImportHhi);
            Assert.Null(ic.ChinaShare);
            Assert.Contains("854231", ic.Reason);
        }
        Assert.Equal(6, cells.ToFrame().RowCount);
    }

    [Fact]
    public void PartnerBarsStackToOneWithTheRestAsOther()
    {
        var data = Chapter().PartnerShares(2024, ["permanent-magnets", "integrated-circuits"], topPartners: 1);
        var kor = data.Bars.Where(b => b.Reporter == "KOR").ToArray();
        Assert.Equal(["CHN", "Other"], kor.Select(b => b.Partner));
        Assert.Equal([0.8, 0.2], kor.Select(b => Math.Round(b.Share, 12)));
        Assert.Equal(20_000.0, kor[1].Value, 6);                          // PHL 15 + JPN 5 thousand USD
        var jpn = data.Bars.Where(b => b.Reporter == "JPN").ToArray();
        Assert.Equal(["PHL", "Other"], jpn.Select(b => b.Partner));
        Assert.Equal(1.0, jpn.Sum(b => b.Share), 12);
        Assert.Equal(2, data.Gaps.Count(g => g.ItemId == "integrated-circuits"));
        Assert.All(data.Bars, b => Assert.Equal("USD", b.Unit));
    }

    [Fact]
    public void QuadrantPlacesItemsByWorldExportShareAndImportHhi()
    {
        var q = Chapter().Quadrant("KOR", 2024, Items);
        Assert.Equal(0.20, q.WorldExportShareThreshold);
        Assert.Equal(0.4, q.ImportHhiThreshold);
        var magnets = q.Points.Single(p => p.ItemId == "permanent-magnets");
        Assert.Equal(20.0 / 350.0, magnets.WorldExportShare, 12);
        Assert.Equal(0.665, magnets.ImportHhi, 12);
        Assert.Equal(ItemClass.Defensive, magnets.Class);
        Assert.Equal(PriorGroup.Defensive, magnets.PriorGroup);
        Assert.Equal(0.0, q.Points.Single(p => p.ItemId == "gallium-germanium").WorldExportShare);
        Assert.Equal("integrated-circuits", Assert.Single(q.Gaps).ItemId);
        Assert.Contains("RCA not available", q.Note);

        var full = Chapter(official: true).Quadrant("KOR", 2024, Items);   // official file: RCA 4.33 ≥ 2 with world HHI 0.413 → O
        Assert.Equal(ItemClass.Both, full.Points.Single(p => p.ItemId == "permanent-magnets").Class);
        Assert.DoesNotContain("RCA not available", full.Note);
    }

    [Fact]
    public void ChinaShareSeriesComesFromTheTruncatedTopFlows()
    {
        var s = Chapter().ChinaShareSeries(["permanent-magnets", "integrated-circuits"], ["KOR", "JPN"], 2002, 2024);
        Assert.Equal(AtlasTopFlowsReader.TruncationLabel, s.Label);
        var kor = s.Points.Where(p => p.Reporter == "KOR" && p.ItemId == "permanent-magnets").ToArray();
        Assert.Equal([2003, 2022, 2023, 2024], kor.Select(p => p.Year));
        Assert.Equal([0.0, 0.6, 0.45, 0.9], kor.Select(p => Math.Round(p.ChinaShare!.Value, 12)));
        Assert.Equal("HS2002", kor[0].HsEdition);
        Assert.Equal("HS2017", kor[^1].HsEdition);
        Assert.Equal(0.0, s.Points.Single(p => p.Reporter == "JPN" && p.Year == 2024).ChinaShare);   // Namibia only
        Assert.Equal(2, s.Gaps.Count(g => g.ItemId == "integrated-circuits"));
    }

    [Fact]
    public void PriorComparisonCoversEveryTradeItemOfEveryProduct()
    {
        var chapter = Chapter();
        var rows = chapter.CompareWithPrior(2024);
        Assert.Equal(chapter.Records.Products.Sum(p => p.TradeItems.Count), rows.Count);
        var magnets = rows.Single(r => r.ItemId == "permanent-magnets");
        Assert.Equal(PriorGroup.Defensive, magnets.PriorGroup);
        Assert.True(magnets.Agrees);                                     // JPN: top-1 PHL 0.5 ≥ 0.5
        var tools = rows.Single(r => r.ItemId == "machine-tools");
        Assert.Null(tools.Agrees);
        Assert.StartsWith("no data", tools.Reason);
        Assert.All(rows.Where(r => r.Agrees == false), r => Assert.Contains("prior", r.Reason));
        Assert.Equal(rows.Count, rows.ToFrame().RowCount);
    }

    [Fact]
    public void JudgeExplainsDisagreementsWithTheNumbers()
    {
        var item = new TradeItem("x", "x", ["850511"], "HS2017", [6], null, "exact", "", "", "https://example.org");
        var dependent = ItemClassifier.Classify(new ItemIndicators
        {
            Reporter = "JPN", Item = item, Year = 2024, Status = IndicatorStatus.Computed, DatasetId = "t", Source = "t", Unit = TradeValueUnit.Usd,
            Scheme = ProductScheme.Hs6, Imports = 10, Top1Partner = "CHN", Top1Share = 0.92, ImportHhi = 0.85, ImportExportRatio = 4, WorldExportShare = 0.05, WorldExportHhi = 0.3,
        });
        var (agrees, reason) = CriticalProductsChapter.Judge(PriorGroup.Offensive, dependent);
        Assert.False(agrees);
        Assert.Contains("world export share 0.05 < 0.2", reason);
        Assert.Contains("dependence instead", reason);
        Assert.Contains("CHN 0.92", reason);
        Assert.True(CriticalProductsChapter.Judge(PriorGroup.Defensive, dependent).Agrees);
        Assert.Null(CriticalProductsChapter.Judge(null, dependent).Agrees);
    }
}
