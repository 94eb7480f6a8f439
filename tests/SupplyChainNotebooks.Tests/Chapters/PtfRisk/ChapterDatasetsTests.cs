using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Data;
using SupplyChainNotebooks.Model;
using Xunit;

namespace SupplyChainNotebooks.Tests.Chapters.PtfRisk;

/// <summary>
/// Issue H: chapter 3's parameters accept the ADB MRIO (62- and 72-economy series) and WIOD 2016 tables too. The tables
/// here carry each dataset's full published industry list (ADB c1–c35; WIOD 2016's 56 codes from
/// data/concordance/lists/wiod2016_codes.csv) under the catalog id the loader gives them, so the chapter's sector choices
/// (data/sectors/kiep_sectors.csv) must resolve against the codes as those readers write them.
/// </summary>
public sealed class ChapterDatasetsTests
{
    private static string[] Industries(string dataset) => dataset switch
    {
        "adbmrio" or "adbmrio72" => Enumerable.Range(1, 35).Select(i => $"c{i}").ToArray(),
        "wiod2016" => File.ReadAllLines(RepositoryLayout.ProjectData("concordance", "lists", "wiod2016_codes.csv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).Where(c => c[2] == "industry").Select(c => c[1]).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset)),
    };

    /// <summary>A balanced table with every industry of the dataset for seven economies (column sums of A ≈ 0.4).</summary>
    private static MrioTable Table(string dataset, string china)
    {
        string[] countries = ["AUS", "BRA", "RUS", china, "KOR", "JPN", "USA"];
        var industries = Industries(dataset);
        var nodes = countries.SelectMany(c => industries.Select(i => new NodeLabel(c, i))).ToArray();
        var n = nodes.Length;
        var z = new double[n, n];
        var f = new double[n, countries.Length];
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++) z[i, k] = (i * 31 + k * 17) % 13 == 0 ? 0 : 1 + (i * 7 + k * 3) % 5;
            for (var c = 0; c < countries.Length; c++) f[i, c] = 150 + (i + 3 * c) % 11;
            for (var k = 0; k < n; k++) x[i] += z[i, k];
            for (var c = 0; c < countries.Length; c++) x[i] += f[i, c];
        }
        return MrioTable.Create(dataset, 2014, TableSource.InMemory($"{dataset} layout test"), nodes, z,
            countries.Select(c => new FinalDemandColumn(c, "HFCE")).ToArray(), f, x);
    }

    [Theory]
    [InlineData("adbmrio", "PRC", "c2", "c14")]
    [InlineData("adbmrio72", "PRC", "c2", "c14")]
    [InlineData("wiod2016", "CHN", "B", "C26+KOR:C27")]
    public void TheChapterRunsOnTheTable(string dataset, string china, string mining, string electrical)
    {
        Assert.Equal(dataset, DataCatalog.Default.Get(dataset).Id);
        var table = Table(dataset, china);
        var study = new PtfRiskStudy(table, PtfRiskParameters.Default with { Risk = china });

        // K-A sources: mining of the default exporters the table has; the others are reported, not dropped silently.
        Assert.Equal(["CAN", "IDN"], study.MissingSourceCountries.ToArray());
        Assert.Equal([$"AUS_{mining}", $"BRA_{mining}", $"RUS_{mining}"], study.KaSources.Labels.ToArray());
        Assert.Equal(NodeSet.Resolve(table, $"KOR:{electrical}").Labels.ToArray(), study.KcSources.Labels.ToArray());

        // Every Korean industry is ranked, and a ranked value is the set aggregate of the engine for that sink.
        var ka = study.KA("KOR");
        Assert.Equal(Industries(dataset).Length, ka.Ranked.Count());
        var engine = new SupplyChainNotebooks.Analysis.PassThroughFrequency(study.Solver, NodeSet.Resolve(table, china));
        foreach (var row in ka.Ranked.Take(3))
        {
            var expected = engine.Aggregate(NodeSet.Resolve(table, $"AUS,BRA,RUS:{mining}"), NodeSet.Resolve(table, row.Sink)).Ptf;
            Assert.Equal(expected!.Value, row.Ptf!.Value, 12);
        }

        // The rest of the chapter (K-B, K-C, cross-link over manufacturing c3–c16, verdicts) runs on the same codes.
        Assert.NotEmpty(study.KB(minTivaMusd: 0).Ranked);   // the synthetic flows are far below the default 300 M USD filter
        Assert.NotEmpty(study.CrossLinks().Cells);
        Assert.Equal(5, study.Verdicts().Count);
    }
}
