using System.Globalization;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Trade;

/// <summary>
/// Real data of the mirror (skipped with the reason when absent): the reference numbers of
/// baci_critical_materials/PROVENANCE.md and japan_customs_trade/PROVENANCE.md recomputed by the readers and formulas,
/// the mirror's own reference table row by row, and unit agreement between the three BACI layouts.
/// </summary>
public sealed class TradeRealDataTests
{
    private const string Extract2024 = "baci_critical_materials/baci_hs17_v202601_critical30_2024_full.csv";
    private const string Extract2022 = "baci_critical_materials/baci_hs17_v202601_critical30_2022_full.csv";
    private const string TopFlows = "baci_critical_materials/atlas_flows_2002-2024_topflows.csv.gz";
    private const string Customs = "japan_customs_trade/japan_trade_by_area_goods_2009-2026_billion_jpy.csv.gz";

    private static readonly Lazy<ItemAnalysis> s_analysis = new(() => new ItemAnalysis(TradeMirror.Sources()));

    private static ItemAnalysis Analysis
    {
        get
        {
            TradeMirror.Require(Extract2024);
            return s_analysis.Value;
        }
    }

    [SkippableTheory]
    // reporter, item, year, expected top partner, its share, HHI (NaN = not published), China share (NaN = not published)
    [InlineData("KOR", "permanent-magnets", 2024, "CHN", 0.874, 0.776, 0.874)]
    [InlineData("KOR", "permanent-magnets", 2022, "CHN", 0.873, 0.775, 0.873)]
    [InlineData("JPN", "permanent-magnets", 2024, "PHL", 0.324, 0.264, double.NaN)]
    [InlineData("KOR", "lithium-carbonate", 2024, "CHL", 0.749, 0.612, double.NaN)]
    [InlineData("KOR", "gallium-germanium", 2024, "CHN", 0.924, 0.856, 0.924)]
    [InlineData("JPN", "tungsten", 2024, "CHN", 0.996, double.NaN, 0.996)]
    public void PublishedReferenceNumbersAreReproduced(string reporter, string item, int year, string top, double topShare, double hhi, double china)
    {
        if (year == 2022) TradeMirror.Require(Extract2022);
        var x = Analysis.Indicators(reporter, item, year, TradeSourceChoice.Extract);
        Assert.True(x.HasData, x.NoDataReason);
        Assert.Equal(top, x.Top1Partner);
        Assert.Equal(topShare, x.Top1Share!.Value, 0.0005 + 1e-12);
        if (!double.IsNaN(hhi)) Assert.Equal(hhi, x.ImportHhi!.Value, 0.0005 + 1e-12);
        if (!double.IsNaN(china)) Assert.Equal(china, x.ChinaShare!.Value, 0.0005 + 1e-12);
    }

    [SkippableFact]
    public void KoreaMagnets2024MatchTheIssueWithinOneThousandth()
    {
        var x = Analysis.Indicators("KOR", "permanent-magnets", 2024);
        Assert.Equal(0.874, x.ChinaShare!.Value, 0.001);
        Assert.Equal(0.776, x.ImportHhi!.Value, 0.001);
        Assert.Equal(307.5e6, x.ImportsUsd!.Value, 0.05e6);             // 307.5 M USD from 51 partners
        Assert.Equal(51, x.PartnerCount);
        Assert.Equal("baci-critical-2024", x.DatasetId);
    }

    [SkippableFact]
    public void MirrorReferenceTableIsReproducedRowByRow()
    {
        var reference = TradeMirror.Require("baci_critical_materials/reference_kor_jpn_import_concentration.csv");
        TradeMirror.Require(Extract2022);
        var lines = File.ReadAllLines(reference);
        Assert.Equal("year,importer,hs6,import_musd,top_exporter,top_share,hhi,n_partners", lines[0]);
        var checkedRows = 0;
        foreach (var line in lines.Skip(1))
        {
            var c = line.Split(',');
            var year = int.Parse(c[0], CultureInfo.InvariantCulture);
            var x = Analysis.Indicators(c[1], TradeItem.FromHs6(c[2], c[2]), year, TradeSourceChoice.Extract);
            var where = $"{c[1]} {c[2]} {year}";
            Assert.True(x.HasData, where);
            Assert.Equal(double.Parse(c[3], CultureInfo.InvariantCulture), x.ImportsUsd!.Value / 1e6, 1e-5);
            Assert.Equal(CountryCodes.Normalise(c[4]), x.Top1Partner);    // the table writes Taiwan as BACI's S19
            Assert.Equal(double.Parse(c[5], CultureInfo.InvariantCulture), x.Top1Share!.Value, 1e-5);
            Assert.Equal(double.Parse(c[6], CultureInfo.InvariantCulture), x.ImportHhi!.Value, 1e-5);
            Assert.Equal(int.Parse(c[7], CultureInfo.InvariantCulture), x.PartnerCount);
            checkedRows++;
        }
        Assert.Equal(120, checkedRows);                                  // KOR and JPN × 30 codes × 2 years
    }

    [SkippableFact]
    public void UsdAndThousandUsdExtractsShareStructureAndTopFlowsAgreeInUsd()
    {
        TradeMirror.Require(Extract2022);
        TradeMirror.Require(TopFlows);
        var s = TradeMirror.Sources();
        var e24 = s.Extract(2024);
        var e22 = s.Extract(2022);
        Assert.Equal(TradeLayout.BaciExtractKusd, e24.Layout);
        Assert.Equal(TradeLayout.BaciExtractUsd, e22.Layout);
        Assert.Equal(30, e24.ProductsIn(2024).Count);
        Assert.True(e24.ProductsIn(2024).SetEquals(e22.ProductsIn(2022)));
        Assert.All(e24.Flows.Take(1000), f => Assert.Equal(3, f.Exporter.Length));
        Assert.All(e22.Flows.Take(1000), f => Assert.Equal(3, f.Importer.Length));

        // The top flows (USD) are a subset of the complete files: every flow they keep must carry the same USD value
        // in the 2022 file (USD) and in the 2024 file (thousand USD × 1000) — a unit error of 1000 cannot pass.
        var top = s.TopFlows();
        foreach (var (full, year) in new[] { (e22, 2022), (e24, 2024) })
        {
            var values = full.Flows.ToDictionary(f => (f.Exporter, f.Importer, f.Product), f => f.Value);
            var kept = top.Flows.Where(f => f.Year == year).ToArray();
            Assert.NotEmpty(kept);
            foreach (var f in kept)
            {
                Assert.True(values.TryGetValue((f.Exporter, f.Importer, f.Product), out var v), $"{f} not in the {year} file");
                Assert.Equal(v, f.Value, Math.Max(1e-6, 1e-9 * v));
            }
            var share = kept.Sum(f => f.Value) / full.Flows.Sum(f => f.Value);
            Assert.InRange(share, 0.98, 1.0);                            // "≈ 99 % of value"
        }
    }

    [SkippableFact]
    public void GalliumGermaniumHafniumRowsAreNeverAdded()
    {
        TradeMirror.Require(TopFlows);
        var s = TradeMirror.Sources();
        var top = s.TopFlows();
        var gaGe = top.Flows.Where(f => f.Product == "811292").ToArray();
        Assert.NotEmpty(gaGe);
        Assert.All(gaGe, f => Assert.Equal("gallium+germanium+hafnium", f.Material));
        Assert.Equal(gaGe.Length, gaGe.Select(f => (f.Year, f.Exporter, f.Importer)).Distinct().Count());
        // Korea's 2024 imports of 8112.92 from the truncated file lie just below the complete file, not at three times it.
        var item = Analysis.Items.Get("gallium-germanium");
        var truncated = TradeIndicators.Compute(top, "KOR", item, 2024).ImportsUsd!.Value;
        var complete = Analysis.Indicators("KOR", item, 2024, TradeSourceChoice.Extract).ImportsUsd!.Value;
        Assert.InRange(truncated / complete, 0.9, 1.0 + 1e-9);
    }

    [SkippableFact]
    public void JapanIcImports2023FromCustomsInYen()
    {
        TradeMirror.Require(Customs);
        var x = Analysis.CustomsIndicators("JPN", Analysis.Items.Get("integrated-circuits"), 2023)!;
        Assert.Equal(TradeValueUnit.Jpy, x.Unit);
        Assert.Null(x.ImportsUsd);
        Assert.Equal(3998.3e9, x.ImportsJpy!.Value, 0.1e9);              // 3,998 bn JPY
        Assert.Equal("TWN", x.Top1Partner);
        Assert.Equal(0.625, x.Top1Share!.Value, 0.001);
        Assert.Equal(0.072, x.Partners.Single(p => p.Partner == "USA").Share, 0.001);
        Assert.Equal(0.061, x.ChinaShare!.Value, 0.001);
        Assert.Equal(0.054, x.Partners.Single(p => p.Partner == "KOR").Share, 0.001);
        Assert.Equal(0.407, x.ImportHhi!.Value, 0.001);
    }

    [SkippableFact]
    public void UncoveredItemsAreNoDataOnRealDataAndJapanFallsBackToCustoms()
    {
        foreach (var id in new[] { "semiconductors", "li-ion-cells", "antibiotics", "rare-earths" })
        {
            var x = Analysis.Indicators("KOR", id, 2024);
            Assert.Equal(IndicatorStatus.NoData, x.Status);
            Assert.Null(x.ImportsUsd);
            Assert.Null(x.ChinaShare);
            Assert.Null(x.ImportHhi);
            Assert.NotNull(x.HowToFill);
        }
        TradeMirror.Require(Customs);
        var jp = Analysis.CustomsIndicators("JPN", Analysis.Items.Get("semiconductors"), 2024)!;
        Assert.True(jp.HasData);
        Assert.Equal("TWN", jp.Top1Partner);
        Assert.Null(Analysis.CustomsIndicators("KOR", Analysis.Items.Get("semiconductors"), 2024));
    }

    [SkippableFact]
    public void KoreaMagnetDependencePersistsOnTheTopFlows()
    {
        TradeMirror.Require(TopFlows);
        // China supplied 87.3 % (2022) and 87.4 % (2024) of Korea's magnet imports: D holds in at least 2 of 2022–2024.
        var c = Analysis.Classify("KOR", "permanent-magnets", 2024);
        Assert.NotNull(c.Persistence);
        Assert.True(c.Persistence!.DefensivePersistent);
        Assert.Equal(AtlasTopFlowsReader.TruncationLabel, c.Persistence.Label);
        Assert.Equal([2022, 2023, 2024], c.Persistence.Years.Select(y => y.Year));
        // The truncated file's China share stays within a point of the complete file's.
        var top = TradeIndicators.Compute(Analysis.Sources.TopFlows(), "KOR", Analysis.Items.Get("permanent-magnets"), 2024);
        Assert.Equal(c.Indicators.ChinaShare!.Value, top.ChinaShare!.Value, 0.01);
    }
}
