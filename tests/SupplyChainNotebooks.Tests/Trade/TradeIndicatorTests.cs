using SupplyChainNotebooks.Errors;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Trade;

/// <summary>
/// Methodology §4.2 formulas on the hand-made world, with expected values computed by hand from the fixture (see
/// <see cref="TradeFixtures"/>), in every layout.
/// </summary>
public sealed class TradeIndicatorTests
{
    private static readonly TradeItem Magnets = new("permanent-magnets", "Permanent magnets", ["850511"], "HS2017", [3], null, "proxy", "test", "", "https://example.org");
    private static readonly TradeItem GaGe = new("gallium-germanium", "Ga/Ge", ["811292"], "HS2017", [10], null, "proxy", "test", "", "https://example.org");
    private static readonly TradeItem Ics = new("integrated-circuits", "ICs", ["854231"], "HS2017", [6], "(Ic)", "exact", "test", "", "https://example.org");
    private static readonly TradeItem LiIon = new("li-ion-cells", "Li-ion", ["850760"], "HS2017", [7], "Batteries And Accumulators", "exact", "test", "", "https://example.org");

    public static TheoryData<string> Layouts => new() { "kusd", "usd", "official" };

    private static TradeFlowSet Read(string layout) => layout switch
    {
        "kusd" => BaciExtractKusdReader.Read(TradeFixtures.File("baci_extract_kusd_2024.csv"), "fixture", TradeFixtures.Codes),
        "usd" => BaciExtractUsdReader.Read(TradeFixtures.File("baci_extract_usd_2022.csv"), "fixture", TradeFixtures.Codes),
        _ => BaciCsvReader.Read(TradeFixtures.File("BACI_HS17_Y2024_V202601.csv"), TradeFixtures.Codes, new HashSet<string> { "850511", "811292" }, "fixture"),
    };

    private static int YearOf(string layout) => layout == "usd" ? 2022 : 2024;

    [Theory]
    [MemberData(nameof(Layouts))]
    public void KoreaMagnetsPartnerSharesTop1ChinaShareAndHhi(string layout)
    {
        var x = TradeIndicators.Compute(Read(layout), "KOR", Magnets, YearOf(layout));
        Assert.Equal(IndicatorStatus.Computed, x.Status);
        Assert.Equal(100_000.0, x.ImportsUsd!.Value, 6);                 // 80 + 15 + 5 thousand USD
        Assert.Equal(["CHN", "PHL", "JPN"], x.Partners.Select(p => p.Partner));
        Assert.Equal([0.80, 0.15, 0.05], x.Partners.Select(p => Math.Round(p.Share, 12)));
        Assert.Equal("CHN", x.Top1Partner);
        Assert.Equal(0.80, x.Top1Share!.Value, 12);
        Assert.Equal(0.80, x.ChinaShare!.Value, 12);
        Assert.Equal(0.665, x.ImportHhi!.Value, 12);                     // 0.8² + 0.15² + 0.05²
        Assert.Equal(20_000.0, x.Exports!.Value, 6);                     // KOR→USA 20
        Assert.Equal(5.0, x.ImportExportRatio!.Value, 12);               // 100 / 20
        Assert.False(x.ImportExportRatioCapped);
        Assert.Equal(350_000.0, x.WorldExports!.Value, 6);
        Assert.Equal(20.0 / 350.0, x.WorldExportShare!.Value, 12);
        Assert.Equal(50650.0 / 122500.0, x.WorldExportHhi!.Value, 12);   // (210² + 55² + 55² + 20² + 10²) / 350²
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void JapanMagnetsCountTaiwanAsOnePartner(string layout)
    {
        var x = TradeIndicators.Compute(Read(layout), "JPN", Magnets, YearOf(layout));
        Assert.Equal(80_000.0, x.ImportsUsd!.Value, 6);                  // CHN 30 + PHL 40 + TWN 10
        Assert.Equal("PHL", x.Top1Partner);
        Assert.Equal(0.5, x.Top1Share!.Value, 12);
        Assert.Equal(0.375, x.ChinaShare!.Value, 12);
        Assert.Equal(0.125, x.Partners.Single(p => p.Partner == "TWN").Share, 12);
        Assert.Equal(0.40625, x.ImportHhi!.Value, 12);                   // 0.5² + 0.375² + 0.125²
        Assert.Equal(80.0 / 55.0, x.ImportExportRatio!.Value, 12);       // JPN exports 5 + 50
        Assert.Equal(55.0 / 350.0, x.WorldExportShare!.Value, 12);
    }

    [Fact]
    public void NoExportsGiveTheGeoDepStandIn9999Flagged()
    {
        var x = TradeIndicators.Compute(Read("kusd"), "USA", Magnets, 2024);
        Assert.Equal(170_000.0, x.ImportsUsd!.Value, 6);
        Assert.Equal(TradeIndicators.RatioWhenNoExports, x.ImportExportRatio);
        Assert.True(x.ImportExportRatioCapped);
        Assert.Equal(12900.0 / 28900.0, x.ImportHhi!.Value, 12);         // (100² + 20² + 50²) / 170²
        Assert.Equal(0.0, x.WorldExportShare!.Value);
    }

    [Fact]
    public void NoImportsLeaveSharesUndefinedButChinaZeroWhenImportsExist()
    {
        // China imports no magnets: shares are undefined (null), not 0; its M/X is 0 / 210.
        var china = TradeIndicators.Compute(Read("kusd"), "CHN", Magnets, 2024);
        Assert.Equal(0.0, china.ImportsUsd);
        Assert.Null(china.Top1Share);
        Assert.Null(china.ChinaShare);
        Assert.Null(china.ImportHhi);
        Assert.Equal(0.0, china.ImportExportRatio);
        Assert.Equal(0.6, china.WorldExportShare!.Value, 12);
        // Korea's Ga/Ge come from CHN 9 and DEU 1: China share 0.9.
        var ga = TradeIndicators.Compute(Read("kusd"), "KOR", GaGe, 2024);
        Assert.Equal(0.9, ga.ChinaShare!.Value, 12);
        Assert.Equal(0.82, ga.ImportHhi!.Value, 12);                     // 0.9² + 0.1²
    }

    [Fact]
    public void AnItemOfSeveralCodesSumsValuesBeforeShares()
    {
        var both = TradeItem.FromHs6("magnets+gage", "850511+811292");
        var x = TradeIndicators.Compute(Read("kusd"), "KOR", both, 2024);
        Assert.Equal(110_000.0, x.ImportsUsd!.Value, 6);
        Assert.Equal(89.0 / 110.0, x.ChinaShare!.Value, 12);             // (80 + 9) / 110, not the mean of 0.8 and 0.9
        Assert.Equal(8172.0 / 12100.0, x.ImportHhi!.Value, 12);          // (89² + 15² + 5² + 1²) / 110²
        Assert.Equal(["850511", "811292"], x.ProductsUsed);
    }

    [Fact]
    public void RcaNeedsTotalExportsAndIsComputedFromTheOfficialFile()
    {
        var extract = TradeIndicators.Compute(Read("kusd"), "KOR", Magnets, 2024);
        Assert.Null(extract.Rca);
        Assert.Contains("total exports", extract.RcaReason);

        var official = Read("official");
        Assert.Equal(1515.0 / 350.0, TradeIndicators.Compute(official, "KOR", Magnets, 2024).Rca!.Value, 12);              // (20/20) / (350/1515)
        Assert.Equal(55.0 * 1515.0 / (155.0 * 350.0), TradeIndicators.Compute(official, "JPN", Magnets, 2024).Rca!.Value, 12); // (55/155) / (350/1515)
        Assert.Equal(9.0 * 1515.0 / (269.0 * 10.0), TradeIndicators.Compute(official, "CHN", GaGe, 2024).Rca!.Value, 12);  // (9/269) / (10/1515)
    }

    [Fact]
    public void TopFlowsNeverAddTheGalliumGermaniumHafniumRepeats()
    {
        var set = AtlasTopFlowsReader.Read(TradeFixtures.File("atlas_topflows.csv"), TradeFixtures.Codes, null, "fixture");
        var x = TradeIndicators.Compute(set, "KOR", GaGe, 2024);
        Assert.Equal(10.0, x.ImportsUsd);                                // 9 + 1, read once (not 27 + 3)
        Assert.Equal(0.9, x.ChinaShare!.Value, 12);
        Assert.True(x.Truncated);
        Assert.Contains(AtlasTopFlowsReader.TruncationLabel, x.Notes);
        var magnets = TradeIndicators.Compute(set, "KOR", Magnets, 2023);
        Assert.Equal(0.45, magnets.ChinaShare!.Value, 12);
        Assert.Equal(0.355, magnets.ImportHhi!.Value, 12);               // 0.45² + 0.30² + 0.25²
        Assert.Equal(0.5, magnets.ImportExportRatio!.Value, 12);         // 100 / 200
    }

    [Fact]
    public void CustomsGiveYenPartnerSharesOfTheGrandTotal()
    {
        var set = JapanCustomsReader.Read(TradeFixtures.File("japan_customs.csv"), null, "fixture");
        var x = TradeIndicators.Compute(set, "JPN", Ics, 2023);
        Assert.Equal(TradeValueUnit.Jpy, x.Unit);
        Assert.Equal(100e9, x.ImportsJpy);
        Assert.Null(x.ImportsUsd);                                       // never converted
        Assert.Equal("TWN", x.Top1Partner);
        Assert.Equal(0.62, x.Top1Share!.Value, 12);
        Assert.Equal(0.06, x.ChinaShare!.Value, 12);
        Assert.Equal(0.3954, x.ImportHhi!.Value, 12);                    // 0.62² + 0.07² + 0.06² + 0.05² (EU not added)
        Assert.Equal(0.80, x.ListedPartnerCoverage!.Value, 12);
        Assert.Equal(2.0, x.ImportExportRatio!.Value, 12);               // 100 / 50 (Grand Totals)
        Assert.Null(x.WorldExportShare);
        Assert.NotNull(x.WorldExportReason);
    }

    [Fact]
    public void CustomsGroupWithoutExportRowsHasUnknownExportsNotZero()
    {
        var path = TradeReaderTests.Temp("ex_im,area,goods,year,value\nimport,Austral,Lng,2023,3\nimport,Malysia,Lng,2023,1\nimport,Grand Total,Lng,2023,4\n");
        var lng = new TradeItem("lng", "LNG", ["271111"], "HS2017", [9], "Lng", "exact", "test", "", "https://example.org");
        var x = TradeIndicators.Compute(JapanCustomsReader.Read(path), "JPN", lng, 2023);
        Assert.Equal(0.75, x.Top1Share!.Value, 12);
        Assert.Null(x.Exports);
        Assert.Null(x.ImportExportRatio);                                // not 9999: the file has no export side for this group
        Assert.False(x.ImportExportRatioCapped);
        Assert.Equal(ItemClass.Undetermined, ItemClassifier.Classify(x).Class);
    }

    [Fact]
    public void CustomsExportOnlyGroupAndOtherReportersAreNoData()
    {
        var set = JapanCustomsReader.Read(TradeFixtures.File("japan_customs.csv"), null, "fixture");
        var batteries = TradeIndicators.Compute(set, "JPN", LiIon, 2023);
        Assert.Equal(IndicatorStatus.NoData, batteries.Status);
        Assert.Contains("exports only", batteries.NoDataReason);
        Assert.Null(batteries.Imports);
        var korea = TradeIndicators.Compute(set, "KOR", Ics, 2023);       // Japan's exports to Korea are not Korea's imports data
        Assert.Equal(IndicatorStatus.NoData, korea.Status);
        Assert.Contains("own trade only", korea.NoDataReason);
    }

    [Fact]
    public void UncoveredItemIsNoDataWithReasonAndHowToFillNeverZero()
    {
        var x = TradeIndicators.Compute(Read("kusd"), "KOR", Ics, 2024);
        Assert.Equal(IndicatorStatus.NoData, x.Status);
        Assert.False(x.HasData);
        Assert.Null(x.Imports);
        Assert.Null(x.ImportsUsd);
        Assert.Null(x.Top1Share);
        Assert.Null(x.ChinaShare);
        Assert.Null(x.ImportHhi);
        Assert.Null(x.ImportExportRatio);
        Assert.Null(x.WorldExportShare);
        Assert.Null(x.Rca);
        Assert.Contains("854231", x.NoDataReason);
        Assert.Contains("BACI_HS17_Y2024_V202601.csv", x.HowToFill);
        var c = ItemClassifier.Classify(x);
        Assert.Equal(ItemClass.NoData, c.Class);
        Assert.Null(c.Offensive);
        Assert.Null(c.Defensive);
    }

    [Fact]
    public void PartlyCoveredItemSaysWhichCodesAreMissing()
    {
        var x = TradeIndicators.Compute(Read("kusd"), "KOR", TradeItem.FromHs6("magnets-all", "850511 850519"), 2024);
        Assert.True(x.HasData);
        Assert.Equal(["850519"], x.ProductsMissing);
        Assert.Contains(x.Notes, n => n.StartsWith("partial coverage", StringComparison.Ordinal));
    }

    [Fact]
    public void YearOutsideTheSourceIsNoDataAndUnknownReporterIsAnError()
    {
        Assert.Equal(IndicatorStatus.NoData, TradeIndicators.Compute(Read("kusd"), "KOR", Magnets, 2019).Status);
        var e = Assert.Throws<UnknownLabelException>(() => TradeIndicators.Compute(Read("kusd"), "KRO", Magnets, 2024));
        Assert.Contains("KOR", e.Nearby);
    }

    [Fact]
    public void HhiAndRatioHelpersFollowTheFormulas()
    {
        Assert.Equal(1.0, TradeIndicators.Hhi([1.0]));
        Assert.Equal(0.25, TradeIndicators.Hhi([0.25, 0.25, 0.25, 0.25]), 15); // 1/n for n equal partners
        Assert.Equal((null, false), TradeIndicators.ImportExportRatio(0, 0));
        Assert.Equal((9999.0, true), TradeIndicators.ImportExportRatio(3, 0));
        Assert.Equal((0.5, false), TradeIndicators.ImportExportRatio(1, 2));
    }

    [Fact]
    public void FramesKeepUndefinedNumbersMissing()
    {
        var set = Read("kusd");
        var rows = new[] { TradeIndicators.Compute(set, "KOR", Magnets, 2024), TradeIndicators.Compute(set, "KOR", Ics, 2024) };
        var frame = rows.ToFrame();
        Assert.Equal(2, frame.RowCount);
        var hhi = frame.GetColumn<double>("hhi");
        Assert.Equal(0.665, hhi.Get(0), 12);
        Assert.False(hhi.TryGet(1).HasValue);                            // no data → missing, never 0
        Assert.Equal("no data", frame.GetColumn<string>("status").Get(1));
        Assert.Equal(11, set.Flows.ToFrame().RowCount);
    }
}
