using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>
/// The executed notebook shows its provenance first: a markdown cell at the top with the commit, backend, date, data
/// files and parameters, in which nothing from a parameter is read as markup.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class ProvenanceCellTests
{
    [Fact]
    public async Task The_executed_notebook_opens_with_its_provenance_and_hostile_values_stay_text()
    {
        // Backticks longer than a plain fence, a script element and a heading: a fence of three backticks would end early.
        const string hostile = "````<script>alert(1)</script>\n# not a heading";
        var run = await NotebookRunner.RunAsync(Fixture.Path("parameters.ipynb"),
            new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["label"] = hostile, ["year"] = "2005" } });
        Assert.True(run.Succeeded, run.Failure?.ToString());

        var first = run.Executed.Elements[0];
        Assert.False(NotebookDocuments.IsCode(first));
        Assert.Equal([NotebookDocuments.ProvenanceTag], NotebookDocuments.Tags(first));
        var markdown = first.Contents;
        Assert.Contains($"git commit:        {run.Provenance.CommitText}", markdown);
        Assert.Contains($"numerical backend: {run.Provenance.Backend}", markdown);
        Assert.Contains("int year = 2005;  (set with -p) a year", markdown);
        Assert.Contains("double threshold = 0.5;  (default) a threshold", markdown);
        Assert.Contains($"{run.Provenance.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC", markdown);

        // Rendered as CommonMark (what Jupyter and VS Code do), the provenance is one code block: the script is text.
        var html = Markdig.Markdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<h1", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Equal(1, html.Split("<pre>").Length - 1);

        // The title still comes from the notebook, the code cells are numbered as before, and the written files agree.
        Assert.Equal("Parameters round trip", run.Title);
        Assert.Equal(Enumerable.Range(1, run.CodeCellCount), run.Executed.Elements.Where(NotebookDocuments.IsCode).Select(c => c.ExecutionOrder));
        var folder = Directory.CreateTempSubdirectory("scn-provenance-").FullName;
        try
        {
            ReportRun.Write([run], folder, png: false, log: null);
            var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "parameters.ipynb")))!["cells"]!.AsArray();
            Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
            Assert.Contains("Provenance of this run", string.Concat(cells[0]!["source"]!.AsArray().Select(l => (string?)l)));
            var page = File.ReadAllText(Path.Combine(folder, "parameters.html"));
            Assert.DoesNotContain("Provenance of this run", page);   // the page has its own provenance block at the top
            Assert.True(page.IndexOf("class=\"provenance\"", StringComparison.Ordinal) < page.IndexOf("<main>", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
