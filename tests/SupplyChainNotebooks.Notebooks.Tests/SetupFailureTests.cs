using SupplyChainNotebooks.Data;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>When the helper library is missing, the shared setup fails loudly and says how to build it.</summary>
[Collection(NotebookCollection.Name)]
public sealed class SetupFailureTests
{
    [Fact]
    public async Task A_missing_library_fails_the_import_with_the_build_command()
    {
        // A checkout-like folder without a built library: notebooks/_setup.dib (the real file) next to a notebook.
        var root = Path.Combine(Path.GetTempPath(), "scn-unbuilt-" + Guid.NewGuid().ToString("N")[..8]);
        var notebooks = Path.Combine(root, "notebooks");
        Directory.CreateDirectory(notebooks);
        try
        {
            File.Copy(Path.Combine(RepositoryLayout.RequireRoot(), "notebooks", "_setup.dib"), Path.Combine(notebooks, "_setup.dib"));
            File.Copy(Fixture.Path("failing-import.ipynb"), Path.Combine(notebooks, "chapter.ipynb"));
            var text = File.ReadAllText(Path.Combine(notebooks, "chapter.ipynb")).Replace("#!import failing-setup.dib", "#!import _setup.dib");
            File.WriteAllText(Path.Combine(notebooks, "chapter.ipynb"), text);

            var run = await NotebookRunner.RunAsync(Path.Combine(notebooks, "chapter.ipynb"));

            Assert.Equal(2, run.Failure!.Cell);
            Assert.Contains("in imported _setup.dib, cell 1 of", run.Failure.Message);
            Assert.Contains("helper library is not built", run.Failure.Message);
            Assert.Contains(Charts.NotebookSupport.BuildCommand, run.Failure.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
