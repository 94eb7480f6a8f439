using SupplyChainNotebooks.Chapters.KoreaJapan;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Policy;
using SupplyChainNotebooks.Trade;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters;

/// <summary>Sector mapping and the deep-dive data plan with computed "no data" reporting.</summary>
public class SectorDeepDiveTests
{
    private static readonly SectorMapping Mapping = SectorMapping.LoadDefault();

    private static string? Mirror(string relative) => DataFolder.Current.Find([relative]);

    private static IEnumerable<string[]> Csv(string path) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split(','));

    [Fact]
    public void Mapping_has_the_three_kiep_sectors_and_valid_references()
    {
        Assert.Equal(["semiconductors", "secondary-batteries", "critical-minerals"], Mapping.Sectors.Take(3).Select(s => s.Id));
        Assert.Empty(Mapping.MissingPolicyRecords(PolicyRecordLoader.LoadDefault()));
        var catalog = DataCatalog.Default;
        foreach (var d in SectorMapping.Datasets) Assert.Equal("mrio", catalog.Get(d).Kind);
        Assert.Equal("KOR:B07+KOR:B08", Mapping.Get("critical-minerals").Io[0].NodeExpression("icio2025", "KOR"));
    }

    [SkippableFact]
    public void Industry_labels_exist_in_each_dataset_code_list()
    {
        var wiod = Mirror("wiod2013/wiod2013_sectors.csv");
        var lr = Mirror("lrwiod/lrwiod_sectors.csv");
        var i45 = Mirror("oecd_icio_meta/icio2021_2023_industries45.csv");
        var i50 = Mirror("oecd_icio_meta/icio2025_industries.csv");
        Skip.If(wiod is null || lr is null || i45 is null || i50 is null, "team data mirror (code lists) not in the data folder");
        var lists = new Dictionary<string, HashSet<string>>
        {
            ["wiod2013"] = Csv(wiod!).Select(c => c[2]).ToHashSet(),
            ["lrwiod"] = Csv(lr!).Select(c => c[1].Trim('"')).ToHashSet(),
            ["icio2021"] = Csv(i45!).Select(c => c[2]).ToHashSet(),
            ["icio2023"] = Csv(i45!).Select(c => c[3]).ToHashSet(),
            ["icio2025"] = Csv(i50!).Select(c => c[1]).ToHashSet(),
        };
        foreach (var s in Mapping.Sectors)
            foreach (var g in s.Io)
                foreach (var (d, labels) in g.Industries)
                    Assert.All(labels, l => Assert.True(lists[d].Contains(l), $"{s.Id}/{g.Role}: {d} has no industry '{l}'"));
    }

    [SkippableFact]
    public void Hs6_codes_sit_in_a_mapped_industry_per_the_independent_concordance()
    {
        var path = Mirror("concordance/critical_items_primary_icio.csv");
        Skip.If(path is null, "concordance/critical_items_primary_icio.csv not in the data folder");
        // hs6 → (icio2021 primary, icio2023 primary, icio2025 primary); label columns hold no commas before them
        var primary = File.ReadLines(path!).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[1], c => (c[^4], c[^3], c[^2]));
        var checkedCodes = 0;
        foreach (var s in Mapping.Sectors)
            foreach (var item in s.Items)
                foreach (var hs in item.Hs6.Where(primary.ContainsKey))
                {
                    var (i21, i23, i25) = primary[hs];
                    Assert.Contains(s.Io, g => g.Industries["icio2023"].Contains(i23));
                    Assert.Contains(s.Io, g => g.Industries["icio2025"].Contains(i25));
                    Assert.Contains(s.Io, g => g.Industries["icio2021"].Contains(i21.TrimStart('D')));
                    checkedCodes++;
                }
        Assert.True(checkedCodes >= 40, $"only {checkedCodes} codes found in the concordance");
    }

    [SkippableFact]
    public void Coverage_is_read_through_the_catalog_and_agrees_with_a_plain_reading_of_the_2022_file()
    {
        DataMirror.RequireDataset("baci-critical-2022", 2022);
        var (f2022, _) = DataCatalog.Default.Locate("baci-critical-2022", 2022);
        var coverage = TradeCoverage.Probe(new TradeSources(), Mapping);
        Assert.Contains("baci-critical-2022 2022", coverage.DatasetsRead);
        // Second path: the 2022 file has no quoted fields, so a plain split reads it.
        var plain = Csv(f2022).Select(c => (Importer: c[2], Hs6: c[3])).ToHashSet();
        foreach (var s in Mapping.Sectors)
            foreach (var row in coverage.For(s).Where(r => r.Source.Contains("baci", StringComparison.Ordinal) && r.Status == TradeDataStatus.Available))
                Assert.Equal(plain.Contains((row.Reporter, row.Code)), row.Source.Contains("baci-critical-2022", StringComparison.Ordinal));
        Assert.Equal(30, coverage.BaciCodes.Count);
    }

    [Fact]
    public void Coverage_of_an_empty_data_folder_says_no_data_for_every_row()
    {
        // A catalog whose trade datasets live where no data folder has them: the probe must find nothing and say so.
        var empty = Directory.CreateTempSubdirectory("scn-empty-catalog-");
        try
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(DataCatalog.Default.Path))!;
            var list = (json is System.Text.Json.Nodes.JsonArray a ? a : json["datasets"]!.AsArray());
            foreach (var d in list.Where(d => (string?)d!["kind"] == "trade"))
                foreach (var f in d!["files"]!.AsArray())
                    f!["path"] = "absent-" + Guid.NewGuid().ToString("N") + "/" + (string?)f["path"];
            var catalogPath = Path.Combine(empty.FullName, "catalog.json");
            File.WriteAllText(catalogPath, json.ToJsonString());
            var coverage = TradeCoverage.Probe(new TradeSources(catalog: DataCatalog.Load(catalogPath)), Mapping);
            Assert.Empty(coverage.DatasetsRead);
            Assert.False(coverage.CustomsRead);
            var rows = Mapping.Sectors.SelectMany(s => coverage.For(s)).ToArray();
            Assert.All(rows, r =>
            {
                Assert.Equal(TradeDataStatus.NoData, r.Status);
                Assert.Null(r.Unit);
                Assert.Null(r.Years);
                Assert.False(string.IsNullOrWhiteSpace(r.Reason));
                Assert.Contains("BACI_HS17", r.HowToFill);
            });
            Assert.Contains(rows, r => r.Reason!.Contains("japan-customs", StringComparison.Ordinal));
        }
        finally { empty.Delete(recursive: true); }
    }

    [SkippableFact]
    public void Deep_dive_plan_names_node_sets_and_reports_missing_tables()
    {
        Skip.If(DataCatalog.Default.AvailableYears("wiod2013").Count == 0, "WIOD 2013 not in the data folder");
        var coverage = TradeCoverage.Probe(new TradeSources(), Mapping);
        var plan = SectorDeepDivePlan.Build(Mapping.Get("semiconductors"), "wiod2013", 2011, coverage);
        var core = plan.IoTargets.Where(t => t.Role == "core").Select(t => t.NodeExpression).ToArray();
        Assert.Equal(["KOR:C30T33", "JPN:C30T33"], core);
        Assert.All(plan.IoTargets, t => Assert.True(t.Available));
        var missing = SectorDeepDivePlan.Build(Mapping.Get("semiconductors"), "icio2023", 2020, coverage);
        if (!DataCatalog.Default.AvailableYears("icio2023").Contains(2020))
            Assert.All(missing.IoTargets, t =>
            {
                Assert.False(t.Available);
                Assert.Contains("not in the data folder", t.Reason);
                Assert.Contains("scn data fetch icio2023", t.HowToFill);
            });
        Assert.Equal(plan.Trade.Length, plan.TradeFrame().RowCount);
        Assert.Equal(plan.IoTargets.Length, plan.IoFrame().RowCount);
        Assert.NotEmpty(plan.Gaps);
    }
}
