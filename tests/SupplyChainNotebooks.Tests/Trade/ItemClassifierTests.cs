using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Trade;

/// <summary>The offensive/defensive rule of methodology §4.1: thresholds as parameters, boundaries, the RCA path, persistence.</summary>
public sealed class ItemClassifierTests
{
    private static readonly TradeItem Item = new("x", "X", ["850511"], "HS2017", [], null, "exact", "test", "", "https://example.org");

    private static ItemIndicators Make(double? w = 0.05, double? rca = null, double? hhiX = 0.3, double? top1 = 0.3, double? hhi = 0.2, double? ratio = 0.5,
        bool capped = false, double? imports = 100) => new()
    {
        Reporter = "KOR", Item = Item, Year = 2024, Status = IndicatorStatus.Computed, DatasetId = "test", Source = "test",
        Unit = TradeValueUnit.Usd, Scheme = ProductScheme.Hs6, Imports = imports, Top1Partner = "CHN", Top1Share = top1, ImportHhi = hhi,
        Exports = 50, ImportExportRatio = ratio, ImportExportRatioCapped = capped, WorldExportShare = w, WorldExportHhi = hhiX, Rca = rca,
        RcaReason = rca is null ? "no totals" : null, WorldExportReason = w is null ? "reporter-only source" : null,
    };

    [Theory]
    [InlineData(0.20, 0.30, 0.20, 0.5, ItemClass.Offensive)]      // W exactly at 0.20 counts (≥)
    [InlineData(0.1999, 0.30, 0.20, 0.5, ItemClass.Monitor)]
    [InlineData(0.05, 0.50, 0.20, 0.5, ItemClass.Defensive)]     // top-1 exactly 0.5 counts (≥)
    [InlineData(0.05, 0.30, 0.40, 0.5, ItemClass.Defensive)]     // HHI exactly 0.4 counts (≥)
    [InlineData(0.05, 0.30, 0.20, 1.0, ItemClass.Monitor)]       // M/X exactly 1 does not (> 1)
    [InlineData(0.05, 0.30, 0.20, 1.0001, ItemClass.Defensive)]
    [InlineData(0.35, 0.90, 0.85, 3.0, ItemClass.Both)]
    public void DefaultThresholdsAndBoundaries(double w, double top1, double hhi, double ratio, ItemClass expected)
    {
        var c = ItemClassifier.Classify(Make(w: w, top1: top1, hhi: hhi, ratio: ratio));
        Assert.Equal(expected, c.Class);
        Assert.Contains("world export share alone", c.OffensiveBasis);  // no RCA → says so
    }

    [Fact]
    public void RcaWithConcentratedWorldExportsMakesAnItemOffensive()
    {
        Assert.True(ItemClassifier.Classify(Make(w: 0.05, rca: 2.0, hhiX: 0.25)).Offensive);   // both at their thresholds
        Assert.False(ItemClassifier.Classify(Make(w: 0.05, rca: 2.0, hhiX: 0.2499)).Offensive); // RCA alone is not enough
        Assert.False(ItemClassifier.Classify(Make(w: 0.05, rca: 1.99, hhiX: 0.9)).Offensive);
        var c = ItemClassifier.Classify(Make(w: 0.05, rca: 4.0, hhiX: 0.5));
        Assert.Equal(3, c.Criteria.Count(x => x.Flag == "O"));
        Assert.Contains(c.Criteria, x => x.Indicator == "rca" && x.Value == 4.0 && x.Met == true);
        Assert.DoesNotContain("alone", c.OffensiveBasis);
    }

    [Fact]
    public void EveryThresholdIsAParameter()
    {
        var x = Make(w: 0.15, top1: 0.45, hhi: 0.35, ratio: 0.9);
        Assert.Equal(ItemClass.Monitor, ItemClassifier.Classify(x).Class);
        Assert.Equal(ItemClass.Offensive, ItemClassifier.Classify(x, new ClassificationThresholds { WorldExportShareMin = 0.15 }).Class);
        Assert.Equal(ItemClass.Defensive, ItemClassifier.Classify(x, new ClassificationThresholds { Top1ShareMin = 0.45 }).Class);
        Assert.Equal(ItemClass.Defensive, ItemClassifier.Classify(x, new ClassificationThresholds { ImportHhiMin = 0.35 }).Class);
        Assert.Equal(ItemClass.Defensive, ItemClassifier.Classify(x, new ClassificationThresholds { ImportExportRatioAbove = 0.8 }).Class);
        var rcaItem = Make(w: 0.05, rca: 1.5, hhiX: 0.2);
        Assert.Equal(ItemClass.Offensive, ItemClassifier.Classify(rcaItem, new ClassificationThresholds { RcaMin = 1.5, WorldExportHhiMin = 0.2 }).Class);
    }

    [Fact]
    public void CriteriaCarryTheNumbersBehindTheFlags()
    {
        var c = ItemClassifier.Classify(Make(w: 0.01, top1: 0.874, hhi: 0.776, ratio: 8.6));
        var top1 = c.Criteria.Single(x => x.Indicator == "top1Share");
        Assert.Equal(("D", 0.874, 0.5, true), (top1.Flag, top1.Value, top1.Threshold, top1.Met));
        Assert.Equal(0.776, c.Criteria.Single(x => x.Indicator == "hhi").Value);
        Assert.Equal(false, c.Criteria.Single(x => x.Indicator == "worldExportShare").Met);
    }

    [Fact]
    public void NoImportsAndNoWorldDataAreHandledExplicitly()
    {
        var none = ItemClassifier.Classify(Make(imports: 0, top1: null, hhi: null, ratio: 0));
        Assert.False(none.Defensive);
        Assert.Contains(none.Criteria, x => x.Indicator == "top1Share" && x.Note!.Contains("no imports"));
        var reporterOnly = ItemClassifier.Classify(Make(w: null, hhiX: null, top1: 0.6));
        Assert.Null(reporterOnly.Offensive);
        Assert.True(reporterOnly.Defensive);
        Assert.Equal(ItemClass.Undetermined, reporterOnly.Class);
        // Exports missing from a reporter-only source: M/X is unknown, so D is unknown unless another test holds.
        var unknownExports = Make(w: null, hhiX: null, top1: 0.3, hhi: 0.2, ratio: null) with { Exports = null };
        Assert.Null(ItemClassifier.Classify(unknownExports).Defensive);
        Assert.True(ItemClassifier.Classify(unknownExports with { Top1Share = 0.7 }).Defensive);
        var capped = ItemClassifier.Classify(Make(ratio: 9999, capped: true));
        Assert.True(capped.Defensive);
        Assert.Contains("9999", capped.Criteria.Single(x => x.Indicator == "importExportRatio").Note);
    }

    [Fact]
    public void FixtureWorldClassesFromHandComputedNumbers()
    {
        var extract = BaciExtractKusdReader.Read(TradeFixtures.File("baci_extract_kusd_2024.csv"), "fixture", TradeFixtures.Codes);
        var official = BaciCsvReader.Read(TradeFixtures.File("BACI_HS17_Y2024_V202601.csv"), TradeFixtures.Codes, new HashSet<string> { "850511", "811292" }, "fixture");
        var magnets = new TradeItem("m", "m", ["850511"], "HS2017", [], null, "exact", "", "", "https://example.org");
        var gaGe = new TradeItem("g", "g", ["811292"], "HS2017", [], null, "exact", "", "", "https://example.org");
        // KOR magnets: W = 20/350 < 0.2 and no RCA in the extract → defensive only; with the official file RCA = 4.33 and world HHI 0.413 → both.
        Assert.Equal(ItemClass.Defensive, ItemClassifier.Classify(TradeIndicators.Compute(extract, "KOR", magnets, 2024)).Class);
        Assert.Equal(ItemClass.Both, ItemClassifier.Classify(TradeIndicators.Compute(official, "KOR", magnets, 2024)).Class);
        // CHN Ga/Ge: W = 0.9, no imports, M/X = 0 → offensive.
        Assert.Equal(ItemClass.Offensive, ItemClassifier.Classify(TradeIndicators.Compute(extract, "CHN", gaGe, 2024)).Class);
        // USA magnets: exports 0 → M/X 9999, top-1 CHN 0.588 → defensive.
        Assert.Equal(ItemClass.Defensive, ItemClassifier.Classify(TradeIndicators.Compute(extract, "USA", magnets, 2024)).Class);
    }

    [Fact]
    public void PersistenceCountsTwoOfThreeYearsOnTheTopFlows()
    {
        var set = AtlasTopFlowsReader.Read(TradeFixtures.File("atlas_topflows.csv"), TradeFixtures.Codes, null, "fixture");
        var magnets = new TradeItem("m", "m", ["850511"], "HS2017", [], null, "exact", "", "", "https://example.org");
        var p = TradePersistence.Evaluate(set, "KOR", magnets, 2024);
        // 2022: top-1 CN 0.6 → D; 2023: top-1 0.45, HHI 0.355, M/X 0.5 → no D, but W = 200/300 → O; 2024: top-1 0.9 → D.
        Assert.Equal([2022, 2023, 2024], p.Years.Select(y => y.Year));
        Assert.Equal([true, false, true], p.Years.Select(y => y.Defensive!.Value));
        Assert.Equal([false, true, false], p.Years.Select(y => y.Offensive!.Value));
        Assert.True(p.DefensivePersistent);
        Assert.False(p.OffensivePersistent);
        Assert.Equal(AtlasTopFlowsReader.TruncationLabel, p.Label);
        // A window with a single year in the data cannot decide.
        var early = TradePersistence.Evaluate(set, "KOR", magnets, 2004);
        Assert.Single(early.Years);
        Assert.Null(early.DefensivePersistent);
    }
}
