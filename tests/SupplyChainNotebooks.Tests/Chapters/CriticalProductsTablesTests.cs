using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Tests.Trade;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>
/// The notebook's tables, findings and customs groups on the hand-made trade world of <see cref="TradeFixtures"/>
/// (values in thousand USD: 850511 CHN→KOR 80, PHL→KOR 15, JPN→KOR 5, KOR→USA 20, CHN→JPN 30, PHL→JPN 40, TWN→JPN 10,
/// CHN→USA 100, JPN→USA 50; 811292 CHN→KOR 9, DEU→KOR 1; customs (billion JPY) IC imports 2023 TWN 62, USA 7, CHN 6,
/// KOR 5, EU 10 of a Grand Total of 100, exports 50; batteries exports only, 4).
/// </summary>
public sealed class CriticalProductsTablesTests
{
    private static CriticalProductsChapter Chapter(bool official = false) => new(new ItemAnalysis(TradeFixtures.Sources(official)));

    [Fact]
    public void CodesAreShownByHeadingBeyondFourCodes()
    {
        Assert.Equal("2941 8505 (3 HS6 codes)", ChapterTables.HsHeadings(["294110", "294120", "850511"]));
        Assert.Equal("8532 (1 HS6 code)", ChapterTables.HsHeadings(["853224"]));
        Assert.Equal("none", ChapterTables.HsHeadings([]));
        Assert.Equal("850511+850519", ChapterTables.HsText(["850511", "850519"]));
        Assert.Equal("5 codes in 8541 8542", ChapterTables.HsText(["854110", "854121", "854231", "854232", "854290"]));
        Assert.Equal("none", ChapterTables.HsText([]));
    }

    [Fact]
    public void ProductTableAndWavesFollowTheRecords()
    {
        var records = SpecifiedProductRecords.Default;
        var rows = records.ProductTable();
        Assert.Equal(Enumerable.Range(1, 16), rows.Select(r => r.Number));
        var antimicrobials = rows[0];
        Assert.Equal(("MHLW", "2022-12-20", "designated", "defensive", "HS2017"),
            (antimicrobials.Ministry, antimicrobials.Designated, antimicrobials.Status, antimicrobials.Prior, antimicrobials.HsEdition));
        Assert.StartsWith("2941 ", antimicrobials.HsHeadings);
        Assert.Equal("none", rows.Single(r => r.Number == 8).HsHeadings);         // cloud programs have no HS code
        Assert.Null(rows.Single(r => r.Number == 13).Prior);

        // Published timeline: 11 products on 2022-12-20, the 12th in 2024, four announced on 2025-12-19.
        var waves = records.DesignationWaves();
        Assert.Equal([("2022-12-20", "designated", 11), ("2024", "designated", 1), ("2025-12-19", "announced", 4)],
            waves.Select(w => (w.Date.StartsWith("2024", StringComparison.Ordinal) ? "2024" : w.Date, w.Status, w.Products.Count)));   // the 12th: month per the records
        Assert.Contains("first 11", waves[0].Event);                            // the act most of the eleven name
    }

    [Fact]
    public void CoverageSaysNoDataWithTheReasonAndWhatFillsIt()
    {
        var coverage = Chapter().Coverage(2024);
        Assert.Equal("baci_hs17_v202601_critical30_2024_full.csv (BACI extract (thousand USD))", coverage.Source);
        var magnets = coverage.Rows.Single(r => r.Item == "permanent-magnets");
        Assert.Equal((ItemCoverageStatus.Covered, null, null), (magnets.Status, magnets.Reason, magnets.FillWith));
        Assert.Equal(ItemCoverageStatus.Covered, coverage.Rows.Single(r => r.Item == "gallium-germanium").Status);  // Japan imports none: still covered
        foreach (var id in new[] { "semiconductors", "li-ion-cells", "antibiotics" })
        {
            var row = coverage.Rows.Single(r => r.Item == id);
            Assert.Equal(ItemCoverageStatus.NoData, row.Status);
            Assert.Contains("not in baci-critical-2024 for 2024", row.Reason);
            Assert.Equal("official BACI file (source=baci)", row.FillWith);
        }
        Assert.Equal("HS6 13 codes in 8541 8542 not in baci-critical-2024 for 2024", coverage.Rows.Single(r => r.Item == "semiconductors").Reason);
        Assert.Equal("Semiconductors Etc", coverage.Rows.Single(r => r.Item == "semiconductors").JapanCustomsGroup);
        Assert.StartsWith("nothing: no HS code", coverage.Rows.Single(r => r.Item == "cloud-programs").FillWith);
        Assert.Contains("BACI_HS17_V202601.zip", coverage.HowToFill);
        Assert.EndsWith("--source baci: the missing items' HS6 codes are then read from it", coverage.HowToFill);
        Assert.Null(Chapter(official: true).Coverage(2024).HowToFill);        // the official file is the source: nothing left to fill
        Assert.Equal(coverage.Rows.Count, coverage.WithData.Count + coverage.NoData.Count);
        Assert.Equal(["permanent-magnets", "gallium-germanium"], coverage.WithData.Select(r => r.Item));
    }

    [Fact]
    public void IndicatorRowsCarryTheHandComputedNumbersAndOnlyItemsWithData()
    {
        var rows = Chapter().IndicatorTable(2024);
        Assert.Equal([("permanent-magnets", "KOR"), ("permanent-magnets", "JPN"), ("gallium-germanium", "KOR"), ("gallium-germanium", "JPN")],
            rows.Select(r => (r.Item, r.Reporter)));
        var kor = rows[0];
        Assert.Equal(0.1, kor.ImportsMusd!.Value, 12);                          // 100 thousand USD
        Assert.Equal(0.02, kor.ExportsMusd!.Value, 12);
        Assert.Equal(("CHN", 3), (kor.Top1Partner, kor.Partners));
        Assert.Equal("CHN 0.8 · PHL 0.15 · JPN 0.05", kor.TopPartners);
        Assert.Equal(0.8, kor.ChinaShare!.Value, 12);
        Assert.Equal(0.665, kor.ImportHhi!.Value, 12);                          // 0.8² + 0.15² + 0.05²
        Assert.Equal(5.0, kor.ImportExportRatio!.Value, 12);
        Assert.Equal(20.0 / 350.0, kor.WorldExportShare!.Value, 12);
        Assert.Null(kor.Rca);
        Assert.True(kor.DefensivePersistent);                                   // top flows: D in 2022 (top-1 0.6) and 2024 (0.9), not 2023
        var jpGa = rows[3];
        Assert.Equal(0.0, jpGa.ImportsMusd);                                    // the complete extract: Japan imports none
        Assert.Equal((0, ""), (jpGa.Partners, jpGa.TopPartners));               // so the shares are undefined, never 0
        Assert.Null(jpGa.ChinaShare);
        Assert.Null(jpGa.ImportHhi);
    }

    [Fact]
    public void ClassificationRowsSpellOutEveryTest()
    {
        var rows = Chapter().ClassificationTable("KOR", 2024);
        var magnets = rows.Single(r => r.Item == "permanent-magnets");
        Assert.Equal(("defensive", false, true, "defensive"), (magnets.Class, magnets.Offensive, magnets.Defensive, magnets.Prior));
        Assert.Equal("O: W 0.057 (≥ 0.2: no), RCA n/a · D: top-1 CHN 0.8 (≥ 0.5: yes), HHI 0.665 (≥ 0.4: yes), M/X 5 (> 1: yes)", magnets.Tests);
        Assert.DoesNotContain(rows, r => r.Item == "integrated-circuits");      // no data: in the coverage table only

        var full = Chapter(official: true).ClassificationTable("KOR", 2024, ["permanent-magnets"]).Single();
        Assert.Equal("both", full.Class);
        // RCA = (20 / 20) / (350 / 1515) = 4.3286; world export HHI = 0.6² + 2·(55/350)² + (20/350)² + (10/350)² = 0.4135.
        Assert.Contains("RCA 4.329 (≥ 2: yes), world export HHI 0.413 (≥ 0.25: yes)", full.Tests);
    }

    [Fact]
    public void SmallSharesNeverReadZeroInTheTests()
    {
        var item = new TradeItem("x", "x", ["850511"], "HS2017", [3], null, "exact", "", "", "https://example.org");
        var c = ItemClassifier.Classify(new ItemIndicators
        {
            Reporter = "JPN", Item = item, Year = 2024, Status = IndicatorStatus.Computed, DatasetId = "t", Source = "t", Unit = TradeValueUnit.Usd,
            Scheme = ProductScheme.Hs6, Imports = 10, Exports = 0, Top1Partner = "CHN", Top1Share = 0.6, ImportHhi = 0.45, ImportExportRatio = 9999,
            ImportExportRatioCapped = true, WorldExportShare = 0.000256, WorldExportHhi = 0.3,
        });
        var text = ChapterTables.TestsText(c);
        Assert.Contains("W 0.000256 (≥ 0.2: no)", text);
        Assert.Contains("M/X 9999 [no exports] (> 1: yes)", text);
    }

    [Fact]
    public void FindingsAndContrastCountFromTheIndicators()
    {
        var chapter = Chapter();
        var kor = chapter.Findings("KOR", 2024);
        Assert.Equal(2, kor.ItemsWithData);
        Assert.Equal(chapter.ChartItems.Count - 2, kor.ItemsWithoutData);
        Assert.Equal(["permanent-magnets", "gallium-germanium"], kor.ChinaTopSupplier);
        Assert.Equal(["permanent-magnets", "gallium-germanium"], kor.ChinaShareAtLeastFlag);
        Assert.Equal(("gallium-germanium", "CHN"), (kor.MostConcentratedItem, kor.MostConcentratedTop1));
        Assert.Equal(0.82, kor.MostConcentratedHhi!.Value, 12);                 // 0.9² + 0.1²
        Assert.Equal(2, kor.Count(ItemClass.Defensive));
        Assert.Equal(0, kor.Count(ItemClass.Offensive));

        var contrast = chapter.IndicatorTable(2024).ContrastChinaShares("KOR", "JPN");
        Assert.Equal(1, contrast.Compared);                                     // gallium: Japan's China share is undefined
        Assert.Equal(["permanent-magnets"], contrast.AHigher);                  // 0.8 against 30 / 80 = 0.375
        Assert.Empty(contrast.BHigher);
        Assert.Empty(contrast.ChinaTopForBoth);                                 // Japan's top supplier is PHL

        Assert.Contains(chapter.RcaReasons(2024), r => r.Contains("lacks", StringComparison.Ordinal));
        Assert.Empty(Chapter(official: true).RcaReasons(2024, ["KOR"]));
    }

    [Fact]
    public void SeriesEndsAreTheFirstAndLastDefinedYears()
    {
        var s = Chapter().ChinaShareSeries(["permanent-magnets"], ["KOR", "JPN"]);
        var (first, last) = s.Ends("permanent-magnets", "kor")!.Value;
        Assert.Equal((2003, 0.0), (first.Year, first.ChinaShare));
        Assert.Equal(2024, last.Year);
        Assert.Equal(0.9, last.ChinaShare!.Value, 12);
        Assert.Null(s.Ends("gallium-germanium", "KOR"));
    }

    [Fact]
    public void CustomsGroupsStayInYenWithExportOnlyGroupsExplained()
    {
        var chapter = Chapter();
        var rows = chapter.CustomsTable(2023);
        Assert.Equal(chapter.Groups().Select(g => g.Group), rows.Select(r => r.Group));
        var ic = rows.Single(r => r.Group == "(Ic)");
        Assert.Equal("integrated-circuits", ic.Items);
        Assert.Equal((100.0, 50.0, "TWN"), (ic.ImportsJpyBn!.Value, ic.ExportsJpyBn!.Value, ic.Top1Partner));
        Assert.Equal(0.62, ic.Top1Share!.Value, 12);
        Assert.Equal(0.06, ic.ChinaShare!.Value, 12);
        Assert.Equal(0.62 * 0.62 + 0.07 * 0.07 + 0.06 * 0.06 + 0.05 * 0.05, ic.ImportHhi!.Value, 12);
        Assert.Equal(0.8, ic.ListedCoverage!.Value, 12);                        // the EU aggregate is not added to its members
        Assert.Equal(2.0, ic.ImportExportRatio!.Value, 12);
        var batteries = rows.Single(r => r.Group == "Batteries And Accumulators");
        Assert.Null(batteries.ImportsJpyBn);
        Assert.Equal(4.0, batteries.ExportsJpyBn!.Value, 12);
        Assert.Equal("exports only in the customs extract", batteries.Reason);
        Assert.Null(rows.Single(r => r.Group == "Lng").ImportsJpyBn);          // not in the fixture at all
        Assert.NotNull(rows.Single(r => r.Group == "Lng").Reason);

        var series = chapter.CustomsPartnerSeries("(Ic)", topPartners: 2);
        Assert.Equal(["TWN", "USA", "CHN"], series.Select(p => p.Partner));    // two largest, then China
        Assert.Equal(0.62, series[0].Share!.Value, 12);
        Assert.Equal(62.0, series[0].ImportsJpyBn!.Value, 12);
        Assert.Empty(chapter.CustomsPartnerSeries("Batteries And Accumulators"));
        Assert.Empty(chapter.CustomsPartnerSeries("(Ic)", toYear: 2022));
        Assert.Throws<Errors.UnknownLabelException>(() => chapter.CustomsPartnerSeries("(IC)"));
    }

    [Fact]
    public void PriorRowsShortenNoDataReasonsAndExplainAnUndecidedDefensivePrior()
    {
        var rows = Chapter().CompareWithPrior(2024).ToRows();
        Assert.Equal("no data: HS6 848620 not in baci-critical-2024 for 2024", rows.Single(r => r.Item == "semiconductor-equipment").Reason);

        var item = new TradeItem("x", "x", ["271111"], "HS2017", [9], null, "exact", "", "", "https://example.org");
        var undecided = ItemClassifier.Classify(new ItemIndicators
        {
            Reporter = "JPN", Item = item, Year = 2024, Status = IndicatorStatus.Computed, DatasetId = "t", Source = "t", Unit = TradeValueUnit.Jpy,
            Scheme = ProductScheme.Hs6, Imports = 10, Top1Partner = "AUS", Top1Share = 0.39, ImportHhi = 0.2, WorldExportReason = "reporter only",
        });
        Assert.Null(undecided.Defensive);                                       // exports unknown: M/X could still make D hold
        var (agrees, reason) = CriticalProductsChapter.Judge(PriorGroup.Defensive, undecided);
        Assert.Null(agrees);
        Assert.Contains("M/X is undefined", reason);
        Assert.Contains("AUS 0.39", reason);
    }
}
