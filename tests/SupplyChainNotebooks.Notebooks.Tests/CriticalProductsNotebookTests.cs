using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using SupplyChainNotebooks.Chapters.CriticalProducts;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// Notebook 04 (critical products): its five charts with the trace counts the chapter's data imply, the reference
/// numbers of the data mirror's provenance in its tables and prose, and runs with another year and another reporter.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class CriticalProductsNotebookTests(ReportFixture report)
{
    private const string Name = "04-critical-products";
    private static readonly string[] Study = ["KOR", "JPN"];

    private static string Path04 => NotebookCatalog.All().Single(p => Path.GetFileNameWithoutExtension(p) == Name);

    /// <summary>Skips without the trade files the notebook reads.</summary>
    private static void SkipWithoutTradeData()
    {
        ReportFixture.SkipWithoutData();
        var sources = new Trade.TradeSources();
        foreach (var (id, year) in new (string, int?)[] { ("baci-critical-2024", 2024), ("baci-critical-2022", 2022), ("baci-topflows", null), ("japan-customs", null) })
            Skip.IfNot(sources.Has(id, year), $"notebook 04 reads {id}, which no data folder has ({string.Join(", ", DataFolder.Current.Candidates)})");
    }

    /// <summary>The markdown the cells displayed or returned (the prose written from computed values).</summary>
    private static string Markdown(NotebookRun run) => string.Join("\n", run.Executed.Elements.SelectMany(e => e.Outputs)
        .SelectMany(o => o switch { DisplayElement d => d.Data, ReturnValueElement r => r.Data, _ => new Dictionary<string, object>() })
        .Where(kv => kv.Key == "text/markdown").Select(kv => kv.Value?.ToString()));

    private static JsonNode Figure(Charts.ProjectChart chart) => JsonNode.Parse(chart.FigureJson().Replace("<\\/", "</"))!;

    [SkippableFact]
    public void The_five_charts_have_the_traces_the_chapter_data_imply()
    {
        SkipWithoutTradeData();
        var run = report.Runs.Single(r => r.Name == Name);
        Assert.True(run.Succeeded, run.Failure?.ToString());
        var chapter = new CriticalProductsChapter();
        var matrix = chapter.ConcentrationMatrix(2024, reporters: Study, customsFallback: false);
        var bars = chapter.PartnerShares(2024, reporters: Study, topPartners: 5, customsFallback: false);
        var quadrant = chapter.Quadrant("JPN", 2024);
        var series = chapter.ChinaShareSeries(chapter.Coverage(2024, Study).WithData.Select(c => c.Item), Study, 2002, 2024);
        var customs = chapter.Groups().SelectMany(g => chapter.CustomsPartnerSeries(g.Group, toYear: 2025)).ToArray();
        (string Title, int Traces)[] expected =
        [
            ("Concentration matrix", 1 + (matrix.Any(c => c.HasData && (c.ImportHhi is null || c.ChinaShare is null)) ? 1 : 0)),  // + labels of undefined cells
            ("Who supplies each item", bars.Bars.Select(b => b.Partner).Distinct().Count()),                                      // one per partner (+ Other)
            ("Offensive–defensive quadrant", quadrant.Points.Select(p => p.Class).Distinct().Count()),                           // one per class
            ("China's share of imports", series.Points.Select(p => (p.ItemId, p.Reporter)).Distinct().Count()),                  // item × reporter
            ("Japan's imports by customs group", customs.Select(p => (p.Group, p.Partner)).Distinct().Count()),                 // group × partner
        ];
        Assert.Equal(expected.Length, run.Charts.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i].Title, run.Charts[i].Title, StringComparison.Ordinal);
            Assert.Equal(expected[i].Traces, run.Charts[i].TraceCount);
        }
        Assert.All(expected, e => Assert.True(e.Traces > 0, e.Title));
    }

    [SkippableFact]
    public void The_matrix_and_the_discussion_show_the_reference_numbers()
    {
        SkipWithoutTradeData();
        var run = report.Runs.Single(r => r.Name == Name);
        // Data mirror provenance: KOR 2024 permanent magnets 850511, China 87.4 %, HHI 0.776; JPN top supplier Philippines 32.4 %, HHI 0.264.
        var heat = Figure(run.Charts[0])["data"]![0]!;
        var rows = heat["y"]!.AsArray().Select(y => (string?)y).ToList();
        var columns = heat["x"]!.AsArray().Select(x => (string?)x).ToList();
        var magnets = heat["z"]![rows.IndexOf("permanent-magnets")]!;
        Assert.Equal(0.776, (double)magnets[columns.IndexOf("KOR HHI")]!, 0.001);
        Assert.Equal(0.874, (double)magnets[columns.IndexOf("KOR China share")]!, 0.001);
        Assert.Equal(0.264, (double)magnets[columns.IndexOf("JPN HHI")]!, 0.001);
        var prose = Markdown(run);
        Assert.Contains("KOR: 307.5 M USD from 51 suppliers, China share **0.874**, HHI **0.776**", prose);
        Assert.Contains("top supplier PHL 0.324", prose);
        Assert.Contains("**(Ic)** imports", prose);                           // Japan's customs groups, in yen
        Assert.Contains("semiconductors (HS 13 codes in 8541 8542)", prose);  // named as no data, with its codes
        Assert.Contains("li-ion-cells (HS 850760)", prose);
        Assert.Contains("antibiotics (HS 6 codes in 2941)", prose);
        Assert.Equal(["baci-country-codes", "baci-critical-2024", "baci-topflows", "japan-customs"], run.Provenance.DataFiles.Select(f => f.DatasetId).Order());
    }

    [SkippableFact]
    public async Task It_runs_for_2022()
    {
        SkipWithoutTradeData();
        var run = await NotebookRunner.RunAsync(Path04, new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["year"] = "2022" } });
        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal(5, run.Charts.Count);
        Assert.Contains(run.Provenance.DataFiles, f => f.DatasetId == "baci-critical-2022");
        Assert.DoesNotContain(run.Provenance.DataFiles, f => f.DatasetId == "baci-critical-2024");
        // Data mirror provenance for 2022: KOR magnets China 87.3 %, HHI 0.775.
        Assert.Contains("KOR: 562.5 M USD from 51 suppliers, China share **0.873**, HHI **0.775**", Markdown(run));
        Assert.StartsWith("Concentration matrix 2022", run.Charts[0].Title, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task It_runs_with_korea_as_the_focus_reporter()
    {
        SkipWithoutTradeData();
        var run = await NotebookRunner.RunAsync(Path04, new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["reporter"] = "KOR" } });
        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal(5, run.Charts.Count);
        Assert.StartsWith("Offensive–defensive quadrant of KOR", run.Charts[2].Title, StringComparison.Ordinal);
        Assert.Contains("The prior describes Japan's products: for KOR", Markdown(run));
    }
}
