using Microsoft.DotNet.Interactive.Documents;
using SupplyChainNotebooks.Chapters.PtfRisk;
using SupplyChainNotebooks.Charts;
using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// Chapter 3 (notebooks/03-ptf-risk): the charts it promises with the trace counts the library gives on the same table,
/// prose that carries the computed verdicts, and runs with other parameters and on another dataset.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class PtfRiskNotebookTests(ReportFixture report)
{
    /// <summary>Every markdown output (displayed or returned by a cell), i.e. the prose the notebook computed.</summary>
    private static IReadOnlyList<string> Markdown(NotebookRun run) => run.Executed.Elements
        .SelectMany(e => e.Outputs)
        .SelectMany(o => o switch
        {
            DisplayElement d => d.Data,
            ReturnValueElement r => r.Data,
            _ => new Dictionary<string, object>(),
        })
        .Where(kv => kv.Key == "text/markdown").Select(kv => kv.Value?.ToString() ?? "")
        .ToArray();

    private static void AssertClean(NotebookRun run)
    {
        Assert.True(run.Succeeded, run.Failure?.ToString());
        var outputs = run.Executed.Elements.SelectMany(e => e.Outputs).ToArray();
        Assert.DoesNotContain(outputs, o => o is ErrorElement);
        Assert.DoesNotContain(outputs, o => o is TextElement { Name: "stderr" });
    }

    private static void AssertVerdictsInProse(NotebookRun run, PtfRiskStudy study)
    {
        var prose = Markdown(run);
        var verdicts = study.Verdicts();
        Assert.Contains(prose, p => p.Contains(MarkupText.Escape(VerdictSummary.Outcomes(verdicts)), StringComparison.Ordinal));
        foreach (var v in verdicts)
            Assert.Contains(prose, p => p.Contains($"{v.OutcomeText}.** {MarkupText.Escape(v.Reason)}", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_default_run_draws_each_promised_chart_with_the_traces_the_library_gives()
    {
        ReportFixture.SkipWithoutData();
        var run = report.Runs.Single(r => r.Name == "03-ptf-risk");
        var study = new PtfRiskStudy(TableLoader.Load("wiod2013", 2011));
        var appearances = study.KA().SelectMany(k => study.Appearances(k, 6)).ToArray();
        var expected = new (string Title, int Traces)[]
        {
            ("K-A KOR: frequency (PTF) and volume (VS) of CHN per KOR industry, wiod2013 2011", 2),
            ("K-A JPN: frequency (PTF) and volume (VS) of CHN per JPN industry, wiod2013 2011", 2),
            ("Expected appearances by country on the chains from mining and quarrying into the 6 most exposed sinks of KOR and JPN, wiod2013 2011",
                CountryAppearances.TopCountries(appearances, 6).Select(r => r.Country).Distinct().Count()),
            ("K-B: top 20 sinks by PTF of CHN from JPN:C30T33, pairs with TiVA ≥ 300 M USD, wiod2013 2011", 2),
            ($"K-C: top {Math.Min(20, study.KC().Ranked.Count())} sinks by PTF of CHN from KOR:C30T33, pairs with TiVA ≥ 300 M USD, wiod2013 2011", 2),
            ("K-D: frequency against volume of CHN for every KOR and JPN sink, wiod2013 2011", study.KD().Points.Select(p => p.SinkCountry).Distinct().Count() + 1),
            ("F5: PTF of CHN on the chains KOR manufacturing → JPN manufacturing, wiod2013 2011", 1),
            ("F5: PTF of CHN on the chains JPN manufacturing → KOR manufacturing, wiod2013 2011", 1),
            ("Headline chains: PTF of CHN, wiod2013 1995–2011 (5 years)", HeadlineSeries.ValuesOf(study).Select(v => v.Chain).Distinct().Count()),
            ("K-A KOR: PTF of CHN per KOR industry by year (wiod2013; slide to change the year)",
                SeriesYears.Spread(DataCatalog.Default.AvailableYears("wiod2013"), 5, 2011).Count),
        };
        Assert.Equal(expected.Select(e => e.Title), run.Charts.Select(c => c.Title));
        Assert.Equal(expected.Select(e => e.Traces), run.Charts.Select(c => c.TraceCount));
        AssertVerdictsInProse(run, study);
    }

    [SkippableFact]
    public void Another_year_runs_with_the_verdicts_of_that_year()
    {
        ReportFixture.SkipWithoutData();
        Skip.IfNot(DataCatalog.Default.AvailableYears("wiod2013").Contains(2005), "WIOD 2013 year 2005 is not in the data folders");
        var run = NotebookRunner.RunAsync(NotebookCatalog.Resolve("03"), new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["year"] = "2005" } })
            .GetAwaiter().GetResult();
        AssertClean(run);
        Assert.Contains(run.Charts, c => c.Title == "K-A KOR: frequency (PTF) and volume (VS) of CHN per KOR industry, wiod2013 2005");
        Assert.Contains(run.Provenance.DataFiles, f => f.Path.EndsWith("WIOD2013_2005.csv.gz", StringComparison.Ordinal));
        AssertVerdictsInProse(run, new PtfRiskStudy(TableLoader.Load("wiod2013", 2005)));
        // The time series adds the studied year to its five.
        Assert.Equal(6, run.Charts.Single(c => c.Title.StartsWith("K-A KOR: PTF of CHN per KOR industry by year", StringComparison.Ordinal)).TraceCount);
    }

    [SkippableFact]
    public void Risk_japan_leaves_japanese_sinks_out_and_says_so()
    {
        ReportFixture.SkipWithoutData();
        var run = NotebookRunner.RunAsync(NotebookCatalog.Resolve("03"), new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["risk"] = "JPN" } })
            .GetAwaiter().GetResult();
        AssertClean(run);
        Assert.DoesNotContain(run.Charts, c => c.Title.StartsWith("K-A JPN", StringComparison.Ordinal));
        Assert.Contains(run.Charts, c => c.Title == "K-A KOR: frequency (PTF) and volume (VS) of JPN per KOR industry, wiod2013 2011");
        var prose = Markdown(run);
        Assert.Contains(prose, p => p.Contains("**K-A JPN: no sink to rank.** 35 sink(s) inside R = JPN left out", StringComparison.Ordinal));
        Assert.Contains(prose, p => p.Contains("with R = JPN the rules below test the same statements with JPN in place of China", StringComparison.Ordinal));
        Assert.Contains(prose, p => p.Contains("**Caution:** R = JPN contains JPN, an end of this link", StringComparison.Ordinal));
        AssertVerdictsInProse(run, new PtfRiskStudy(TableLoader.Load("wiod2013", 2011), PtfRiskParameters.Default with { Risk = "JPN" }));
    }

    [SkippableFact]
    public void The_long_run_wiod_runs_without_indonesia_and_russia_and_names_its_coarser_sectors()
    {
        ReportFixture.SkipWithoutData();
        Skip.IfNot(DataCatalog.Default.AvailableYears("lrwiod").Contains(2000), "LR-WIOD year 2000 is not in the data folders");
        var run = NotebookRunner.RunAsync(NotebookCatalog.Resolve("03"),
            new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["dataset"] = "lrwiod", ["year"] = "2000" } }).GetAwaiter().GetResult();
        AssertClean(run);
        Assert.All(run.Provenance.DataFiles, f => Assert.Equal("lrwiod", f.DatasetId));
        var prose = Markdown(run);
        Assert.Contains(prose, p => p.Contains("K-A sources: 3 nodes `AUS,BRA,CAN:C` — **IDN, RUS are not in this table and are left out**", StringComparison.Ordinal));
        Assert.Contains(prose, p => p.Contains("c31 (Public administration and defence; compulsory social security) → LtQ, coarser", StringComparison.Ordinal));
        Assert.Contains(prose, p => p.Contains("F2 names USA:c33 and USA:c31, which are the same industry USA:LtQ in lrwiod", StringComparison.Ordinal));
        Assert.Contains(run.Charts, c => c.Title == "K-A JPN: frequency (PTF) and volume (VS) of CHN per JPN industry, lrwiod 2000");
        AssertVerdictsInProse(run, new PtfRiskStudy(TableLoader.Load("lrwiod", 2000)));
    }
}
