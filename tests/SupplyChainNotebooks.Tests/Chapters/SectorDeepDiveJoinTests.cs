using System.Text.Json.Nodes;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>
/// Chapter 5's join on the real data (WIOD 2013, 2011; BACI extract 2024): the deep-dive's numbers are those of the
/// chapter 3 and chapter 4 functions called directly, gaps carry reasons, and a changed mapping changes the result.
/// </summary>
public class SectorDeepDiveJoinTests
{
    private static readonly Lazy<(PtfRiskStudy Study, CriticalProductsChapter Chapter4)> s_setup = new(() =>
        (new PtfRiskStudy(DataMirror.RequireTable("wiod2013", 2011)), new CriticalProductsChapter()));

    private static (PtfRiskStudy Study, CriticalProductsChapter Chapter4) Setup()
    {
        DataMirror.RequireTable("wiod2013", 2011);
        DataMirror.RequireDataset("baci-critical-2024", 2024);
        return s_setup.Value;
    }

    [SkippableFact]
    public void Io_rows_are_chapter_3_k_a_rows_and_trade_rows_are_chapter_4_classifications()
    {
        var (study, ch4) = Setup();
        var dives = SectorDeepDive.ComputeAll(SectorMapping.LoadDefault(), study, ch4, 2024);
        var direct = new PtfRiskStudy(study.Table);   // second, independent run of chapter 3
        foreach (var row in dives.SelectMany(d => d.Io).Where(r => r.Sink is not null))
        {
            var k = direct.KA(row.Country).Row(row.Sink!)!;
            // A second factorisation by multi-threaded OpenBLAS may round the last bit differently: equal to 1e-12.
            Assert.Equal(k.Rank, row.Rank);
            foreach (var (expected, actual) in new[] { (k.Ptf, row.Ptf), (k.Vs, row.Vs), (k.Rptf, row.Rptf) })
            {
                Assert.Equal(expected is null, actual is null);
                if (expected is { } e) Assert.Equal(e, actual!.Value, 1e-12 * Math.Max(1, Math.Abs(e)));
            }
        }
        var fresh = new CriticalProductsChapter();
        foreach (var row in dives.SelectMany(d => d.Trade))
        {
            var item = SectorTradeItems.IsCatalogItem(row.Classification.Indicators.Item, fresh.Analysis.Items)
                ? fresh.Classification(row.Reporter, row.TradeItemId, 2024)
                : fresh.Analysis.Classify(fresh.Analysis.Indicators(row.Reporter, row.Classification.Indicators.Item, 2024));
            Assert.Equal((item.Indicators.ChinaShare, item.Indicators.ImportHhi, item.Indicators.WorldExportShare, item.ClassText),
                (row.ChinaShare, row.ImportHhi, row.WorldExportShare, row.Class));
        }
        // The wiod2013 core industry of semiconductors is electrical and optical equipment for both countries.
        Assert.Equal(["KOR_C30T33", "JPN_C30T33"], dives.Single(d => d.Sector.Id == "semiconductors").Io.Where(r => r.Role == "core").Select(r => r.Sink));
    }

    [SkippableFact]
    public void Gaps_say_no_data_with_reason_and_remedy_and_every_mapped_code_is_in_some_trade_item()
    {
        var (study, ch4) = Setup();
        var mapping = SectorMapping.LoadDefault();
        var dives = SectorDeepDive.ComputeAll(mapping, study, ch4, 2024);
        var trade = dives.SelectMany(d => d.Trade).ToArray();
        Assert.All(trade.Where(r => !r.HasData), r =>
        {
            Assert.Null(r.ChinaShare);
            Assert.Null(r.ImportHhi);
            Assert.Null(r.Unit);
            Assert.False(string.IsNullOrWhiteSpace(r.Reason));
            Assert.Contains("BACI", r.HowToFill);
        });
        // Semiconductors, Li-ion cells and antibiotics have no HS6 partner data in the mirror; Japan's semiconductors come as a JPY proxy.
        Assert.All(trade.Where(r => r.TradeItemId is "semiconductors" or "li-ion-cells" or "antibiotics" && r.Reporter == "KOR"), r => Assert.Equal(DeepDiveTradeRow.NoDataStatus, r.Status));
        var semisJp = trade.Single(r => r.TradeItemId == "semiconductors" && r.Reporter == "JPN");
        Assert.Equal((DeepDiveTradeRow.ProxyStatus, "JPY"), (semisJp.Status, semisJp.Unit));
        Assert.Contains("HS6", semisJp.Reason);
        // Critical minerals have HS6 data for both.
        Assert.Contains(trade, r => r.SectorId == "critical-minerals" && r.Reporter == "KOR" && r.Status == DeepDiveTradeRow.Hs6Status);
        foreach (var s in mapping.Sectors)
            foreach (var item in s.Items)
            {
                var held = SectorTradeItems.For(item, ch4.Analysis.Items).SelectMany(t => t.Hs6).ToHashSet();
                Assert.All(item.Hs6, h => Assert.Contains(h, held));
            }
        // Bars: a missing bar is marked in its category label, never drawn as 0.
        var bars = dives.Single(d => d.Sector.Id == "semiconductors").TradeBars();
        Assert.All(bars.Categories, c => Assert.Contains("[KOR: no data]", c));
        Assert.All(bars.Series.Single(s => s.Country == "KOR").Values, v => Assert.Null(v));
    }

    [SkippableFact]
    public void A_changed_mapping_changes_the_deep_dive()
    {
        var (study, ch4) = Setup();
        var folder = Directory.CreateTempSubdirectory("scn-sectors-");
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(SectorMapping.DefaultFile))!;
            var semis = json["sectors"]!.AsArray().Single(s => (string?)s!["id"] == "semiconductors")!;
            semis["io"]![0]!["industries"]!["wiod2013"] = new JsonArray("C29");
            var minerals = json["sectors"]!.AsArray().Single(s => (string?)s!["id"] == "critical-minerals")!;
            minerals["items"]!.AsArray().RemoveAt(1);   // drop permanent magnets (jp-spec-03)
            var path = Path.Combine(folder.FullName, "korea-japan-sectors.json");
            File.WriteAllText(path, json.ToJsonString());
            var changed = SectorMapping.Load(path);

            var core = SectorDeepDive.Compute(changed.Get("semiconductors"), study, ch4, 2024).Io.Where(r => r.Role == "core").ToArray();
            Assert.Equal(["KOR_C29", "JPN_C29"], core.Select(r => r.Sink));
            Assert.Equal(study.KA("KOR").Row("KOR_C29")!.Ptf, core[0].Ptf);
            var before = SectorDeepDive.Compute(SectorMapping.LoadDefault().Get("critical-minerals"), study, ch4, 2024);
            var after = SectorDeepDive.Compute(changed.Get("critical-minerals"), study, ch4, 2024);
            Assert.Contains(before.Trade, r => r.TradeItemId == "permanent-magnets");
            Assert.DoesNotContain(after.Trade, r => r.TradeItemId == "permanent-magnets");
            Assert.Equal(before.Trade.Length - 2, after.Trade.Length);
        }
        finally { folder.Delete(recursive: true); }
    }

    [SkippableFact]
    public void Summary_counts_agree_with_a_direct_count_of_the_rows()
    {
        var (study, ch4) = Setup();
        var d = SectorDeepDive.Compute(SectorMapping.LoadDefault().Get("critical-minerals"), study, ch4, 2024);
        var s = d.Summary();
        var pairs = d.Trade.GroupBy(r => r.TradeItemId).Select(g => (K: g.Single(r => r.Reporter == "KOR"), J: g.Single(r => r.Reporter == "JPN")))
            .Where(p => p.K.ChinaShare is not null && p.J.ChinaShare is not null).ToArray();
        Assert.Equal(pairs.Length, s.TradeItemsComparable);
        Assert.Equal(pairs.Count(p => p.K.ChinaShare > p.J.ChinaShare), s.ChinaShareHigherA);
        Assert.Equal(study.KA("KOR").Row("KOR_C10T14")!.Ptf, s.CorePtfA);
        Assert.Equal(d.Trade.Count(r => !r.HasData), s.TradeGaps);
        Assert.True(s.TradeItemsComparable > 5, $"only {s.TradeItemsComparable} mineral items comparable");
    }
}
