using System.Text.Json.Nodes;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>The committed notebooks carry the metadata VS Code Polyglot Notebooks and the .NET Jupyter kernel expect, and no outputs.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookFormatTests
{
    public static TheoryData<string> Chapters => new(NotebookCatalog.All());

    [Theory]
    [MemberData(nameof(Chapters))]
    public void Notebook_declares_the_csharp_kernel(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(4, (int)json["nbformat"]!);
        Assert.True((int)json["nbformat_minor"]! >= 5);
        var metadata = json["metadata"]!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal("C#", (string?)metadata["kernelspec"]!["language"]);
        Assert.Equal("C#", (string?)metadata["language_info"]!["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        foreach (var cell in json["cells"]!.AsArray())
        {
            Assert.False(string.IsNullOrEmpty((string?)cell!["id"]), "nbformat 4.5 cells need an id");
            if ((string?)cell["cell_type"] != "code") continue;
            Assert.Equal("csharp", (string?)cell["metadata"]!["polyglot_notebook"]!["kernelName"]);
            Assert.Empty(cell["outputs"]!.AsArray());
        }
    }

    [Fact]
    public void The_runner_writes_notebooks_that_read_back_identically()
    {
        var source = NotebookDocuments.Load(Fixture.Path("parameters.ipynb"));
        var json = NotebookDocuments.ToJson(source);
        var again = NotebookDocuments.Load(WriteTemp(json));
        Assert.Equal(source.Elements.Select(e => (e.KernelName, e.Contents)), again.Elements.Select(e => (e.KernelName, e.Contents)));
        Assert.Equal(["parameters"], NotebookDocuments.Tags(again.Elements.First(NotebookDocuments.IsCode)));
        Assert.Equal("csharp", (string?)JsonNode.Parse(json)!["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
    }

    [Theory]
    [InlineData("03", "03-ptf-risk")]
    [InlineData("03-ptf-risk", "03-ptf-risk")]
    [InlineData("notebooks/03-ptf-risk.ipynb", "03-ptf-risk")]
    public void Notebooks_are_found_by_number_name_or_path(string given, string expected)
    {
        var root = Data.RepositoryLayout.RequireRoot();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            Assert.Equal(expected, Path.GetFileNameWithoutExtension(NotebookCatalog.Resolve(given)));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void An_unknown_notebook_name_lists_nearby_names()
    {
        var e = Assert.Throws<Errors.UnknownLabelException>(() => NotebookCatalog.Resolve("03-ptf-risc"));
        Assert.Contains("03-ptf-risk", e.Message);
    }

    private static string WriteTemp(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "scn-" + Guid.NewGuid().ToString("N")[..8] + ".ipynb");
        File.WriteAllText(path, json);
        return path;
    }
}
