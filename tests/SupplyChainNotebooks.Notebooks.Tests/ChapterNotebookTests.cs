using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Every chapter notebook executes without error in-process and produces what its page promises.</summary>
[Collection(NotebookCollection.Name)]
public sealed class ChapterNotebookTests(ReportFixture report)
{
    public static TheoryData<string> Chapters => new(NotebookCatalog.All().Select(Path.GetFileNameWithoutExtension).Select(n => n!));

    [Fact]
    public void The_seven_chapters_exist_in_reading_order()
    {
        var names = NotebookCatalog.All().Select(p => Path.GetFileNameWithoutExtension(p)).ToArray();
        Assert.Equal(["00-start-here", "01-method", "02-japan-policy", "03-ptf-risk", "04-critical-products", "05-korea-japan", "06-synthesis"], names);
    }

    [SkippableTheory]
    [MemberData(nameof(Chapters))]
    public void Notebook_executes_without_error(string name)
    {
        var run = report.RunOrSkipWithoutItsData(name);
        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal(run.CodeCellCount, run.Cells.Count);
        Assert.All(run.Cells, c => Assert.True(c.Succeeded));
        var outputs = run.Executed.Elements.SelectMany(e => e.Outputs).ToArray();
        Assert.DoesNotContain(outputs, o => o is ErrorElement);
        Assert.DoesNotContain(outputs, o => o is TextElement { Name: "stderr" });
    }

    [SkippableTheory]
    [MemberData(nameof(Chapters))]
    public void Every_chart_has_traces_a_title_and_axis_titles_with_units(string name)
    {
        var run = report.RunOrSkipWithoutItsData(name);
        Assert.NotEmpty(run.Charts);
        foreach (var chart in run.Charts)
        {
            Assert.True(chart.TraceCount > 0, chart.Title);
            var figure = System.Text.Json.Nodes.JsonNode.Parse(chart.FigureJson().Replace("<\\/", "</"))!;
            var layout = figure["layout"]!;
            Assert.False(string.IsNullOrWhiteSpace((string?)layout["title"]?["text"]), $"{name}: chart without title");
            foreach (var axis in new[] { "xaxis", "yaxis" })
            {
                var text = (string?)layout[axis]?["title"]?["text"];
                Assert.True(text is not null && Regex.IsMatch(text, @"\(.+\)$"), $"{name}: '{chart.Title}' {axis} title '{text}' has no unit");
            }
            Assert.All(figure["data"]!.AsArray(), t => Assert.False(string.IsNullOrEmpty((string?)t!["hovertemplate"]), $"{name}: trace without hover text"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Chapters))]
    public void Provenance_names_the_data_files_read_with_their_hashes(string name)
    {
        var run = report.RunOrSkipWithoutItsData(name);
        var p = run.Provenance;
        Assert.NotEqual("unknown", p.Commit);
        Assert.NotEmpty(p.Backend);
        Assert.NotEmpty(p.Parameters);
        if (name is "01-method" or "02-japan-policy" || name == "00-start-here" && ReportFixture.MissingData is not null)
        {
            Assert.Empty(p.DataFiles);   // the tutorial world is built in memory; chapter 2 reads only the project's policy records; 00 without the mirror reads nothing
            return;
        }
        // The kernel runs in this process and default load context: the files its cells read are in the runner's record.
        Assert.NotEmpty(p.DataFiles);
        // Catalog datasets, plus the BACI country-code list that chapter 4's trade readers load next to them.
        var catalogIds = Data.DataCatalog.Default.Datasets.Select(d => d.Id).Append("baci-country-codes").ToHashSet();
        foreach (var f in p.DataFiles)
        {
            Assert.Contains(f.DatasetId, catalogIds);
            Assert.Equal(Data.DataProvenance.Sha256Of(f.Path), f.Sha256);
        }
        // Chapter 4 works on trade data only (BACI extract, top flows, Japan's customs); the others read WIOD.
        if (name != "04-critical-products") Assert.Contains(p.DataFiles, f => f.DatasetId == "wiod2013");
        if (name is "04-critical-products" or "05-korea-japan" or "06-synthesis")
            Assert.Contains(p.DataFiles, f => f.DatasetId == "baci-critical-2024");
        var metadata = (IDictionary<string, object>)run.Executed.Metadata["scn_provenance"];
        Assert.Equal(p.Commit, metadata["git_commit"]);
    }

    [SkippableFact]
    public void The_executed_notebook_keeps_outputs_and_the_polyglot_metadata()
    {
        ReportFixture.SkipWithoutData();
        var path = Path.Combine(report.Folder, "03-ptf-risk.ipynb");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(".net-csharp", (string?)json["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.NotNull(json["metadata"]!["scn_provenance"]!["data_files"]![0]!["sha256"]);
        var code = json["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToArray();
        Assert.Equal(Enumerable.Range(1, code.Length), code.Select(c => (int)c!["execution_count"]!));
        Assert.Contains(code, c => c!["outputs"]!.AsArray().Count > 0);
        var reread = NotebookDocuments.Load(path);
        Assert.Equal(code.Length, reread.Elements.Count(NotebookDocuments.IsCode));
    }
}
