using Microsoft.DotNet.Interactive.Documents;

namespace SupplyChainNotebooks.Notebooks;

/// <summary>The result of executing one notebook headless.</summary>
/// <param name="Name">Notebook name (file name without extension).</param>
/// <param name="SourcePath">The notebook file executed.</param>
/// <param name="Executed">The executed notebook: the provenance cell at the top, outputs, execution counts, the injected parameters cell and the provenance metadata.</param>
/// <param name="Cells">Every code cell executed, in order.</param>
/// <param name="CodeCellCount">Code cells in the run (including the injected parameters cell).</param>
/// <param name="Failure">The first failure, or null when every cell succeeded.</param>
/// <param name="Provenance">Data files, parameters, commit, backend, date.</param>
/// <param name="Charts">The charts the notebook displayed, in order (for PNG export).</param>
public sealed record NotebookRun(
    string Name,
    string SourcePath,
    InteractiveDocument Executed,
    IReadOnlyList<CellOutcome> Cells,
    int CodeCellCount,
    NotebookFailure? Failure,
    RunProvenance Provenance,
    IReadOnlyList<Charts.ProjectChart> Charts)
{
    /// <summary>True when every cell succeeded.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Title of the notebook: its first markdown heading, else its name.</summary>
    public string Title => Executed.Elements
        .Where(e => !NotebookDocuments.IsCode(e) && !NotebookDocuments.Tags(e).Contains(NotebookDocuments.ProvenanceTag))
        .SelectMany(e => e.Contents.Split('\n'))
        .Select(l => l.Trim())
        .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? Name;
}
